using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>The "create a content type" form and its errors.</summary>
public sealed class ContentTypeFormModel
{
    public string Name { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public IReadOnlyList<ContentValidationError> Errors { get; init; } = [];

    public string? ErrorFor(string key) => Errors.FirstOrDefault(e => e.Key == key)?.Message;
}

/// <summary>The type settings page: the type, the fields of its own part and the errors of the last post.</summary>
public sealed record ContentTypeEditViewModel(
    ContentTypeDefinition Type,
    IReadOnlyList<ContentPartFieldDefinition> Fields,
    IReadOnlyList<ContentValidationError> Errors)
{
    public string? ErrorFor(string key) => Errors.FirstOrDefault(e => e.Key == key)?.Message;
}

/// <summary>The "add a field" page.</summary>
public sealed record AddFieldViewModel(
    ContentTypeDefinition Type,
    NewFieldInput Input,
    IReadOnlyList<IContentFieldType> FieldTypes,
    IReadOnlyList<ContentValidationError> Errors)
{
    public string? ErrorFor(string key) => Errors.FirstOrDefault(e => e.Key == key)?.Message;
}
