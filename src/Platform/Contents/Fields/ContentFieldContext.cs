using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Metadata;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>One field of one item, as a field type reads, validates or displays it.</summary>
public sealed class ContentFieldContext
{
    public required ContentItem ContentItem { get; init; }

    public required ContentTypePartDefinition TypePart { get; init; }

    public required ContentPartFieldDefinition Field { get; init; }

    /// <summary>The field's JSON in the item, or null when the item has no value for it.</summary>
    public JsonObject? Value { get; init; }

    /// <summary>Form field name of the editor, "{Part}.{Field}"; field types append ".Url" and such for extra inputs.</summary>
    public required string Prefix { get; init; }

    /// <summary>The posted editor form, when reading an editor.</summary>
    public IFormCollection? Form { get; init; }

    public required IServiceProvider Services { get; init; }

    public CancellationToken CancellationToken { get; init; }

    public List<ContentValidationError> Errors { get; } = [];

    public void AddError(string message) => Errors.Add(new ContentValidationError(Prefix, message));

    public T Settings<T>() where T : class, new() => Field.GetSettings<T>();

    /// <summary>The posted value of the editor input <c>Prefix + suffix</c>, or null when empty.</summary>
    public string? FormValue(string suffix = "")
    {
        var value = Form?[Prefix + suffix].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
