using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Options of a <see cref="TextField"/>.</summary>
public sealed class TextFieldSettings
{
    /// <summary>Show a multi-line text area instead of a one-line input.</summary>
    public bool Multiline { get; set; }

    /// <summary>Maximum number of characters; null for no limit.</summary>
    public int? MaxLength { get; set; }
}

/// <summary>Plain text, stored as <c>{"Text": "…"}</c> and displayed HTML-encoded.</summary>
public sealed class TextField(IStringLocalizer<TextField> S) : IContentFieldType
{
    public string Name => nameof(TextField);

    public string DisplayName => "Text";

    public Type SettingsType => typeof(TextFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/TextField.cshtml";

    public JsonObject ReadEditor(ContentFieldContext context) => new() { ["Text"] = context.FormValue() };

    public bool HasValue(JsonObject? value) => !string.IsNullOrWhiteSpace(GetText(value));

    public ValueTask ValidateAsync(ContentFieldContext context)
    {
        var text = GetText(context.Value);
        var maxLength = context.Settings<TextFieldSettings>().MaxLength;
        if (text is not null && maxLength is { } max && text.Length > max)
        {
            context.AddError(S["{0} must have at most {1} characters; it has {2}.", context.Field.DisplayName, max, text.Length]);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context) => FieldHtml.Text(GetText(context.Value));

    public static string? GetText(JsonObject? value) => value?["Text"] is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;
}
