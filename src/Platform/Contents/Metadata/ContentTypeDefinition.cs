namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>A content type: its name, settings and the parts its items are made of.</summary>
public sealed class ContentTypeDefinition
{
    /// <summary>Technical name, an identifier such as "Article"; unique in the tenant.</summary>
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public ContentTypeSettings Settings { get; set; } = new();

    /// <summary>Parts attached to the type, in no particular order; sort by <see cref="ContentTypePartDefinition.Position"/>.</summary>
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    public IEnumerable<ContentTypePartDefinition> OrderedParts =>
        Parts.OrderBy(p => p.Position).ThenBy(p => p.Name, StringComparer.Ordinal);

    public ContentTypePartDefinition? FindPart(string name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public ContentTypeDefinition Clone() => new()
    {
        Name = Name,
        DisplayName = DisplayName,
        Settings = Settings.Clone(),
        Parts = Parts.Select(p => p.Clone()).ToList(),
    };
}
