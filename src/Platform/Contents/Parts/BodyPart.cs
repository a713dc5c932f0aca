using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Display;
using ApprenantAgile.Platform.Contents.Metadata;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Contents.Parts;

/// <summary>The item's main text in Markdown, stored as <c>{"BodyPart": {"Markdown": "…"}}</c> and shown as sanitized HTML.</summary>
public sealed class BodyPart(MarkdownRenderer renderer) : IContentPartType
{
    public const string PartName = nameof(BodyPart);

    public string Name => PartName;

    public string DisplayName => "Body";

    public string EditorPartial => "~/Views/Contents/Parts/BodyPart.cshtml";

    public void ReadEditor(JsonObject part, IFormCollection form, string prefix) =>
        part["Markdown"] = form[prefix + ".Markdown"].ToString();

    public void Validate(JsonObject part, ContentTypePartDefinition typePart, string prefix, ICollection<ContentValidationError> errors)
    {
    }

    public IHtmlContent? Display(JsonObject? part)
    {
        var markdown = GetMarkdown(part);
        return string.IsNullOrWhiteSpace(markdown) ? null : renderer.Render(markdown);
    }

    public static string? GetMarkdown(JsonObject? part) =>
        part?["Markdown"] is JsonValue markdown && markdown.TryGetValue<string>(out var s) ? s : null;
}
