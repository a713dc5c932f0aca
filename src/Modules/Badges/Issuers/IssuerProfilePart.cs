using System.Text.Json;
using ApprenantAgile.Platform.Contents;

namespace ApprenantAgile.Badges.Issuers;

/// <summary>The tenant's issuer data, stored as <c>{"IssuerProfilePart": {…}}</c>; the name is the item's title.</summary>
public sealed class IssuerProfilePart
{
    public const string PartName = nameof(IssuerProfilePart);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);

    /// <summary>Absolute URL of the centre's website.</summary>
    public string? Url { get; set; }

    public string? Email { get; set; }

    public string? Description { get; set; }

    /// <summary>Tenant-relative path of the issuer's logo, or null for none.</summary>
    public string? ImagePath { get; set; }

    public static IssuerProfilePart Read(ContentItem item) =>
        item.GetPart(PartName)?.Deserialize<IssuerProfilePart>(JsonOptions) ?? new IssuerProfilePart();

    public void WriteTo(ContentItem item) => item.Content[PartName] = JsonSerializer.SerializeToNode(this, JsonOptions);
}
