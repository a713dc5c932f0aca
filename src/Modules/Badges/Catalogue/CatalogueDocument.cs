namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// The tenant's copy of the catalogue's version, framework, families and levels (the badges are
/// BadgeClass items). Stored in the document store; empty until the catalogue is imported or synchronised.
/// </summary>
public sealed class CatalogueDocument
{
    public string? Version { get; set; }

    public CatalogueFramework? Framework { get; set; }

    public List<CatalogueLevel> Levels { get; set; } = [];

    public List<CatalogueFamily> Families { get; set; } = [];

    public DateTime? ImportedUtc { get; set; }
}
