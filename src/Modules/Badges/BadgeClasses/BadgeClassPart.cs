using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Parts;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// The badge-specific data of a BadgeClass content item, stored as <c>{"BadgeClassPart": {…}}</c>
/// beside the <see cref="TitlePart"/> that contains the name.
/// </summary>
public sealed class BadgeClassPart
{
    public const string PartName = nameof(BadgeClassPart);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);

    public string Slug { get; set; } = "";

    public string Description { get; set; } = "";

    public string CriteriaNarrative { get; set; } = "";

    public string? ExpectedEvidence { get; set; }

    public string? Family { get; set; }

    public string? Level { get; set; }

    public string? Audience { get; set; }

    public List<BadgeAlignment> Alignments { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public int? ValidityMonths { get; set; }

    /// <summary>Version of the national catalogue the texts come from; null for local classes.</summary>
    public string? CatalogueVersion { get; set; }

    public bool IsNational { get; set; }

    /// <summary>Content item id of the class on the national tenant; set on centre copies only.</summary>
    public string? NationalBadgeClassId { get; set; }

    /// <summary>File name of an uploaded image in the tenant's media folder; null for national classes, which use the catalogue artwork.</summary>
    public string? ImageFile { get; set; }

    public static BadgeClassPart Read(ContentItem item) =>
        item.GetPart(PartName)?.Deserialize<BadgeClassPart>(JsonOptions) ?? new BadgeClassPart();

    /// <summary>Stores this part and the name in <paramref name="item"/>.</summary>
    public void WriteTo(ContentItem item, string name)
    {
        item.Content[PartName] = JsonSerializer.SerializeToNode(this, JsonOptions);
        item.Content[TitlePart.PartName] = new JsonObject { ["Title"] = name };
        item.DisplayText = name;
    }
}
