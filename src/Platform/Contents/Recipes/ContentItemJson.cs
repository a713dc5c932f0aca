using System.Globalization;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>
/// An item version as recipes carry it, Orchard style: the item's properties and, beside them,
/// one object per part, for example <c>{"ContentItemId":"…","ContentType":"Article","TitlePart":{"Title":"…"}}</c>.
/// </summary>
public static class ContentItemJson
{
    /// <summary>Top-level properties that are not parts.</summary>
    public static readonly IReadOnlySet<string> ItemProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published),
        nameof(ContentItem.Owner), nameof(ContentItem.Author), nameof(ContentItem.CreatedUtc),
        nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc),
    };

    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            [nameof(ContentItem.ContentItemId)] = item.ContentItemId,
            [nameof(ContentItem.ContentItemVersionId)] = item.ContentItemVersionId,
            [nameof(ContentItem.ContentType)] = item.ContentType,
            [nameof(ContentItem.DisplayText)] = item.DisplayText,
            [nameof(ContentItem.Latest)] = item.Latest,
            [nameof(ContentItem.Published)] = item.Published,
            [nameof(ContentItem.Owner)] = item.Owner,
            [nameof(ContentItem.Author)] = item.Author,
            [nameof(ContentItem.CreatedUtc)] = FormatDate(item.CreatedUtc),
            [nameof(ContentItem.ModifiedUtc)] = FormatDate(item.ModifiedUtc),
            [nameof(ContentItem.PublishedUtc)] = FormatDate(item.PublishedUtc),
        };

        foreach (var (part, value) in item.Content)
        {
            json[part] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>The part objects of an item's JSON: every top-level property that is not an item property.</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> Parts(JsonObject json) =>
        json.Where(p => !ItemProperties.Contains(p.Key));

    private static string? FormatDate(DateTime? date) =>
        date?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}
