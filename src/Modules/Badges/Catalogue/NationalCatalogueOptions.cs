namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Where centres read the national catalogue, bound from the "Badges:NationalCatalogue" section.</summary>
public sealed class NationalCatalogueOptions
{
    public const string SectionName = "Badges:NationalCatalogue";

    /// <summary>
    /// Absolute base URL of the national site (for example "https://badges.reseau-app.fr") when it runs
    /// in another deployment; null to read the national tenant of this process directly.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Time allowed for the HTTP request, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
