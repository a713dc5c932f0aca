using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Display;
using Microsoft.AspNetCore.Html;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Markdown text, stored as <c>{"Markdown": "…"}</c> and displayed as sanitized HTML.</summary>
public sealed class MarkdownField(MarkdownRenderer renderer) : IContentFieldType
{
    public string Name => nameof(MarkdownField);

    public string DisplayName => "Markdown";

    public Type SettingsType => typeof(EmptyFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/MarkdownField.cshtml";

    public JsonObject ReadEditor(ContentFieldContext context) => new() { ["Markdown"] = context.FormValue() };

    public bool HasValue(JsonObject? value) => !string.IsNullOrWhiteSpace(GetMarkdown(value));

    public ValueTask ValidateAsync(ContentFieldContext context) => ValueTask.CompletedTask;

    public ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context)
    {
        var markdown = GetMarkdown(context.Value);
        return ValueTask.FromResult<IHtmlContent?>(string.IsNullOrWhiteSpace(markdown) ? null : renderer.Render(markdown));
    }

    public static string? GetMarkdown(JsonObject? value) =>
        value?["Markdown"] is JsonValue markdown && markdown.TryGetValue<string>(out var s) ? s : null;
}
