namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// One row per BadgeClass content item of the tenant, with the values that lists and look-ups
/// filter on. Kept up to date by <see cref="BadgeClassIndexHandler"/>.
/// </summary>
public sealed class BadgeClassIndex
{
    public const string TableName = "BadgeClassIndex";

    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Family { get; set; }

    public string? Level { get; set; }

    public bool IsNational { get; set; }

    public string? CatalogueVersion { get; set; }

    /// <summary>The item has a published version, shown on the site and offered for issuing.</summary>
    public bool Published { get; set; }
}
