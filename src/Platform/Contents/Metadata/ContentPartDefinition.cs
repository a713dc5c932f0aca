namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>A reusable part: a named group of fields that content types attach.</summary>
public sealed class ContentPartDefinition
{
    /// <summary>Technical name, an identifier such as "TitlePart" or a type's own part named like the type.</summary>
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    public IEnumerable<ContentPartFieldDefinition> OrderedFields =>
        Fields.OrderBy(f => f.Position).ThenBy(f => f.Name, StringComparer.Ordinal);

    public ContentPartFieldDefinition? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public ContentPartDefinition Clone() => new()
    {
        Name = Name,
        DisplayName = DisplayName,
        Description = Description,
        Fields = Fields.Select(f => f.Clone()).ToList(),
    };
}
