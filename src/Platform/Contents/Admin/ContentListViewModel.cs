using ApprenantAgile.Platform.Contents.Metadata;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>The admin content list: the page of items, the filter values and the types to filter and create.</summary>
public sealed record ContentListViewModel(
    ContentPage Page,
    string? ContentType,
    string? Search,
    IReadOnlyList<ContentTypeDefinition> ListableTypes,
    IReadOnlyList<ContentTypeDefinition> CreatableTypes);

/// <summary>The version history page of an item.</summary>
public sealed record ContentVersionsViewModel(ContentItem Latest, IReadOnlyList<ContentItem> Versions);
