using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Metadata;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Contents.Parts;

/// <summary>
/// A part with behaviour of its own besides its fields, such as <see cref="TitlePart"/>. Parts
/// without code (a type's own part) are only containers of fields. Register as singletons.
/// </summary>
public interface IContentPartType
{
    /// <summary>Part definition name, for example "TitlePart".</summary>
    string Name { get; }

    /// <summary>English name shown in the content types editor, localized by the views.</summary>
    string DisplayName { get; }

    /// <summary>Razor partial rendering the part's own editor, with a <see cref="Admin.PartEditorModel"/>.</summary>
    string EditorPartial { get; }

    /// <summary>Copies the posted editor values into the part's JSON.</summary>
    void ReadEditor(JsonObject part, IFormCollection form, string prefix);

    /// <summary>Adds localized errors, keyed by form field name, for invalid values.</summary>
    void Validate(JsonObject part, ContentTypePartDefinition typePart, string prefix, ICollection<ContentValidationError> errors);

    /// <summary>Renders the part's own values as safe HTML, or null when it shows nothing (the title is shown by the page).</summary>
    IHtmlContent? Display(JsonObject? part);
}
