namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Tenant-relative paths of the public catalogue documents and pages.</summary>
public static class CatalogueUrls
{
    public const string CataloguePage = "/badges";

    public const string CatalogueJson = "/badges/catalogue.json";

    public const string ExtensionContext = "/badges/catalogue-extension.jsonld";

    /// <summary>Path of the issuer Profile document that badge classes name as their issuer: the OB 2.0 issuer endpoint.</summary>
    public const string IssuerProfile = "/ob2/issuer";

    public static string BadgePage(string slug) => $"/badges/{slug}";

    public static string BadgeClassJson(string slug) => $"/badges/{slug}.json";

    public static string Image(string slug, string format) => $"/badges/images/{slug}.{format}";
}
