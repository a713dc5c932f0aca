using Microsoft.AspNetCore.Html;

namespace ApprenantAgile.Platform.Contents.Display;

/// <summary>An item ready to render: its title and, per part, the part's own HTML and its fields' HTML.</summary>
public sealed record ContentDisplayModel(ContentItem ContentItem, IReadOnlyList<PartDisplayModel> Parts);

/// <summary>A part's display; <see cref="Html"/> is null for parts whose values are all fields.</summary>
public sealed record PartDisplayModel(string Name, string DisplayName, IHtmlContent? Html, IReadOnlyList<FieldDisplayModel> Fields);

/// <summary>A field's label and safe HTML value.</summary>
public sealed record FieldDisplayModel(string Name, string DisplayName, IHtmlContent Html);
