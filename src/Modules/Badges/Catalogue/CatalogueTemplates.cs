namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// Names of the catalogue's Liquid templates, embedded in this assembly as Views/Catalogue/*.liquid
/// and rendered through the platform's template providers, so a theme or a centre's staff can override them.
/// </summary>
public static class CatalogueTemplates
{
    public const string CatalogueMap = "Catalogue.Map";

    public const string BadgePage = "Catalogue.Badge";
}
