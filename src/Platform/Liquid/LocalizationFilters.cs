using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// The <c>t</c> filter: <c>{{ "Welcome, {0}" | t: user.name }}</c> translates the English text into
/// the current UI culture and fills the placeholders. Translations use the msgctxt
/// <see cref="Context"/>, or no context, in the PO files.
/// </summary>
internal sealed class LocalizationFilters(IStringLocalizerFactory localizerFactory)
{
    public const string Context = "Liquid";

    private readonly IStringLocalizer _localizer = localizerFactory.Create(Context, string.Empty);

    public ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var name = input.ToStringValue(context);
        var values = new object[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments.At(i).ToObjectValue(context) ?? string.Empty;
        }

        var localized = values.Length == 0 ? _localizer[name] : _localizer[name, values];
        return ValueTask.FromResult(StringValue.Create(localized.Value));
    }
}
