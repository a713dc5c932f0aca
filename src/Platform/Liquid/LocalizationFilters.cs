using Fluid;
using Fluid.Values;
using ApprenantAgile.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// The <c>t</c> filter: <c>{{ "Welcome, {0}" | t: user.name }}</c> translates the English text into
/// the current UI culture and fills the placeholders. Translations use the msgctxt
/// <see cref="Context"/>, or no context, in the PO files. The <c>t_plural</c> filter chooses a plural
/// form for a count: <c>{{ "{0} badge on the page" | t_plural: "{0} badges on the page", page.count }}</c>
/// (the count is also <c>{0}</c>; further arguments are <c>{1}</c>, <c>{2}</c>…).
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

    public ValueTask<FluidValue> TranslatePlural(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var singular = input.ToStringValue(context);
        if (arguments.Count < 2)
        {
            throw new ArgumentException(
                $"The t_plural filter on \"{singular}\" needs the plural text and the count, such as {{{{ \"{{0}} badge\" | t_plural: \"{{0}} badges\", count }}}}.");
        }

        var plural = arguments.At(0).ToStringValue(context);
        var count = (long)arguments.At(1).ToNumberValue(context);
        var values = new object[arguments.Count - 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments.At(i + 1).ToObjectValue(context) ?? string.Empty;
        }

        return ValueTask.FromResult<FluidValue>(StringValue.Create(_localizer.Plural(count, singular, plural, values).Value));
    }
}
