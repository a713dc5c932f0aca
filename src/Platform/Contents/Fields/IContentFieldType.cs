using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>
/// A kind of field ("TextField", "NumericField", …): how its value is stored in the part's JSON,
/// read from the editor form, validated and displayed. Register implementations as singletons;
/// <see cref="ContentFieldTypes"/> finds them by <see cref="Name"/>.
/// </summary>
public interface IContentFieldType
{
    /// <summary>Name stored in field definitions, for example "TextField".</summary>
    string Name { get; }

    /// <summary>English name shown in the content types editor, localized by the views.</summary>
    string DisplayName { get; }

    /// <summary>Class that the field definition's settings deserialize to, to check their JSON types.</summary>
    Type SettingsType { get; }

    /// <summary>Razor partial that renders the editor, with a <see cref="Admin.FieldEditorModel"/>.</summary>
    string EditorPartial { get; }

    /// <summary>Builds the field's JSON from the posted form; reports unreadable input (a malformed number) as errors.</summary>
    JsonObject ReadEditor(ContentFieldContext context);

    /// <summary>Whether <paramref name="value"/> counts as filled in, for the Required setting.</summary>
    bool HasValue(JsonObject? value);

    /// <summary>Checks the value against the field's settings and adds localized errors to the context.</summary>
    ValueTask ValidateAsync(ContentFieldContext context);

    /// <summary>Renders the value as safe HTML, or null when there is nothing to show.</summary>
    ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context);
}
