using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Options of a <see cref="NumericField"/>.</summary>
public sealed class NumericFieldSettings
{
    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    /// <summary>Number of digits allowed after the decimal separator; 0 for whole numbers.</summary>
    public int Scale { get; set; }
}

/// <summary>A decimal number, stored as <c>{"Value": 12.5}</c>.</summary>
public sealed class NumericField(IStringLocalizer<NumericField> S) : IContentFieldType
{
    public string Name => nameof(NumericField);

    public string DisplayName => "Number";

    public Type SettingsType => typeof(NumericFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/NumericField.cshtml";

    public JsonObject ReadEditor(ContentFieldContext context)
    {
        var text = context.FormValue()?.Trim();
        if (text is null)
        {
            return new JsonObject { ["Value"] = null };
        }

        // Browsers post number inputs with a dot; a comma is accepted for values typed the French way.
        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            context.AddError(S["{0} must be a number; \"{1}\" is not one.", context.Field.DisplayName, text]);
            return new JsonObject { ["Value"] = null };
        }

        return new JsonObject { ["Value"] = number };
    }

    public bool HasValue(JsonObject? value) => GetValue(value) is not null;

    public ValueTask ValidateAsync(ContentFieldContext context)
    {
        if (GetValue(context.Value) is not { } number)
        {
            return ValueTask.CompletedTask;
        }

        var settings = context.Settings<NumericFieldSettings>();
        var name = context.Field.DisplayName;
        if (settings.Minimum is { } minimum && number < minimum)
        {
            context.AddError(S["{0} must be at least {1}; {2} is too small.", name, minimum, number]);
        }

        if (settings.Maximum is { } maximum && number > maximum)
        {
            context.AddError(S["{0} must be at most {1}; {2} is too large.", name, maximum, number]);
        }

        if (number.Scale > settings.Scale && decimal.Round(number, settings.Scale) != number)
        {
            context.AddError(S["{0} allows {1} digits after the decimal separator; {2} has more.", name, settings.Scale, number]);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context) =>
        FieldHtml.Text(GetValue(context.Value)?.ToString(CultureInfo.CurrentCulture));

    public static decimal? GetValue(JsonObject? value) =>
        value?["Value"] is JsonValue number && number.TryGetValue<decimal>(out var d) ? d : null;
}
