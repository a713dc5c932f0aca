using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Options of a <see cref="DateField"/>.</summary>
public sealed class DateFieldSettings
{
    /// <summary>Ask for a date and a time instead of a date alone.</summary>
    public bool IncludeTime { get; set; }
}

/// <summary>
/// A date or a date and time in UTC, stored as <c>{"Value": "2025-03-01T00:00:00Z"}</c>. The editor
/// posts the browser's date or datetime-local value, which is read as UTC.
/// </summary>
public sealed class DateField(IStringLocalizer<DateField> S) : IContentFieldType
{
    private static readonly string[] EditorFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    public string Name => nameof(DateField);

    public string DisplayName => "Date";

    public Type SettingsType => typeof(DateFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/DateField.cshtml";

    public JsonObject ReadEditor(ContentFieldContext context)
    {
        var text = context.FormValue()?.Trim();
        if (text is null)
        {
            return new JsonObject { ["Value"] = null };
        }

        if (!DateTime.TryParseExact(text, EditorFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            context.AddError(S["{0} must be a date such as 2025-03-31; \"{1}\" is not one.", context.Field.DisplayName, text]);
            return new JsonObject { ["Value"] = null };
        }

        if (!context.Settings<DateFieldSettings>().IncludeTime)
        {
            date = date.Date;
        }

        return new JsonObject { ["Value"] = date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) };
    }

    public bool HasValue(JsonObject? value) => GetValue(value) is not null;

    public ValueTask ValidateAsync(ContentFieldContext context) => ValueTask.CompletedTask;

    public ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context)
    {
        if (GetValue(context.Value) is not { } date)
        {
            return FieldHtml.Nothing;
        }

        var format = context.Settings<DateFieldSettings>().IncludeTime ? "g" : "d";
        var text = date.ToString(format, CultureInfo.CurrentCulture) + (format == "g" ? " UTC" : "");
        return ValueTask.FromResult<IHtmlContent?>(new HtmlContentBuilder()
            .AppendHtml($"<time datetime=\"{date:yyyy-MM-ddTHH:mm:ssZ}\">")
            .Append(text)
            .AppendHtml("</time>"));
    }

    /// <summary>Returns the stored date in UTC, or null when empty or malformed.</summary>
    public static DateTime? GetValue(JsonObject? value)
    {
        if (value?["Value"] is not JsonValue node || !node.TryGetValue<string>(out var text))
        {
            return null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null;
    }
}
