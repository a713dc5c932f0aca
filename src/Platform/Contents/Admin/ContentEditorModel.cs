using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Metadata;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>What the create and edit pages render: the item and one editor per part of its type.</summary>
public sealed class ContentEditorModel
{
    public required ContentItem ContentItem { get; init; }

    public required ContentTypeDefinition TypeDefinition { get; init; }

    public required IReadOnlyList<PartEditorModel> Parts { get; init; }

    /// <summary>Errors not tied to one input, shown at the top of the form.</summary>
    public IReadOnlyList<ContentValidationError> Errors { get; init; } = [];

    public bool IsNew => ContentItem.Id == 0 && ContentItem.CreatedUtc is null;
}

/// <summary>A part in the editor: its own inputs (for parts with code) and its fields.</summary>
public sealed class PartEditorModel
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Partial of the part's own editor, or null for parts that only hold fields.</summary>
    public string? EditorPartial { get; init; }

    public required JsonObject Value { get; init; }

    public required IReadOnlyList<FieldEditorModel> Fields { get; init; }

    public required IReadOnlyList<ContentValidationError> Errors { get; init; }

    /// <summary>HTML id of an input of this part, from its form name (dots become underscores).</summary>
    public string InputId(string property) => EditorIds.FromName(Name + "." + property);

    public string? ErrorFor(string property) =>
        Errors.FirstOrDefault(e => e.Key == Name + "." + property)?.Message;
}

/// <summary>A field in the editor, with the ids that tie its label, hint and errors together.</summary>
public sealed class FieldEditorModel
{
    public required ContentPartFieldDefinition Definition { get; init; }

    public required ContentFieldSettings CommonSettings { get; init; }

    /// <summary>Form name of the field's main input, "{Part}.{Field}".</summary>
    public required string Prefix { get; init; }

    public JsonObject? Value { get; init; }

    public required string EditorPartial { get; init; }

    public required IReadOnlyList<string> Errors { get; init; }

    public string InputId => EditorIds.FromName(Prefix);

    public string HintId => InputId + "-hint";

    public string ErrorId => InputId + "-error";

    /// <summary>Value of aria-describedby: the hint and the error message when present, else null.</summary>
    public string? DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (CommonSettings.Hint.Length > 0)
            {
                ids.Add(HintId);
            }

            if (Errors.Count > 0)
            {
                ids.Add(ErrorId);
            }

            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    public T Settings<T>() where T : class, new() => Definition.GetSettings<T>();
}

/// <summary>HTML ids built from form names, the way ASP.NET Core tag helpers build them.</summary>
public static class EditorIds
{
    public static string FromName(string name) => name.Replace('.', '_');
}
