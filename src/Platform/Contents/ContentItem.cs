using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Contents;

/// <summary>
/// One version of a content item. All versions of an item share <see cref="ContentItemId"/>; each
/// has its own <see cref="ContentItemVersionId"/>. <see cref="Content"/> contains the parts by name,
/// each part an object of fields by name, for example <c>{"TitlePart":{"Title":"…"},"Article":{"Subtitle":{"Text":"…"}}}</c>.
/// </summary>
public sealed class ContentItem
{
    /// <summary>Row id of this version in the ContentItems table; 0 until the version is stored.</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>Text that stands for the item in lists and links (the title), kept in sync by the TitlePart.</summary>
    public string? DisplayText { get; set; }

    /// <summary>This version is the newest one, the one editors work on.</summary>
    public bool Latest { get; set; }

    /// <summary>This version is the one the site shows; at most one version of an item is published.</summary>
    public bool Published { get; set; }

    /// <summary>User name of the item's owner.</summary>
    public string? Owner { get; set; }

    /// <summary>User name of the last person who changed this version.</summary>
    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public JsonObject Content { get; set; } = [];

    /// <summary>Returns the JSON of a part, or null when the item has none.</summary>
    public JsonObject? GetPart(string partName) => Content[partName] as JsonObject;

    /// <summary>Returns the JSON of a part, creating an empty one when the item has none.</summary>
    public JsonObject GetOrCreatePart(string partName)
    {
        if (Content[partName] is JsonObject part)
        {
            return part;
        }

        part = [];
        Content[partName] = part;
        return part;
    }

    /// <summary>Copies this version into a new, unsaved version with its own version id.</summary>
    public ContentItem CloneAsNewVersion(string contentItemVersionId) => new()
    {
        ContentItemId = ContentItemId,
        ContentItemVersionId = contentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Latest = Latest,
        Published = Published,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        Content = (JsonObject)Content.DeepClone(),
    };
}
