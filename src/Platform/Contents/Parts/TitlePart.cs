using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Metadata;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Parts;

/// <summary>
/// The item's title, stored as <c>{"TitlePart": {"Title": "…"}}</c> and copied to
/// <see cref="ContentItem.DisplayText"/> by <see cref="TitlePartHandler"/>. A title is required.
/// </summary>
public sealed class TitlePart(IStringLocalizer<TitlePart> S) : IContentPartType
{
    public const string PartName = nameof(TitlePart);

    /// <summary>Length of the DisplayText column.</summary>
    public const int MaxLength = 1024;

    public string Name => PartName;

    public string DisplayName => "Title";

    public string EditorPartial => "~/Views/Contents/Parts/TitlePart.cshtml";

    public void ReadEditor(JsonObject part, IFormCollection form, string prefix) =>
        part["Title"] = form[prefix + ".Title"].ToString().Trim();

    public void Validate(JsonObject part, ContentTypePartDefinition typePart, string prefix, ICollection<ContentValidationError> errors)
    {
        var title = GetTitle(part);
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new(prefix + ".Title", S["The title is required."]));
        }
        else if (title.Length > MaxLength)
        {
            errors.Add(new(prefix + ".Title", S["The title must have at most {0} characters; it has {1}.", MaxLength, title.Length]));
        }
    }

    public IHtmlContent? Display(JsonObject? part) => null;

    public static string? GetTitle(JsonObject? part) =>
        part?["Title"] is JsonValue title && title.TryGetValue<string>(out var s) ? s : null;
}
