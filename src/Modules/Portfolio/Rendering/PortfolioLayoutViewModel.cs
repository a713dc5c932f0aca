namespace ApprenantAgile.Portfolio.Rendering;

/// <summary>
/// What the theme's <c>Layout</c> template shows around a portfolio page, as <c>Model</c>; the page
/// body comes in the <c>content</c> variable. Same members as the theme's own layout model, plus
/// <see cref="NoIndex"/>.
/// </summary>
public sealed class PortfolioLayoutViewModel
{
    public required string SiteName { get; init; }

    public required string PageTitle { get; init; }

    /// <summary>Two-letter language of the page ("fr" or "en"), for the lang attribute.</summary>
    public required string Language { get; init; }

    /// <summary>Tenant-relative URL ("~/...") the language switch returns to.</summary>
    public required string ReturnUrl { get; init; }

    public required string AntiforgeryFieldName { get; init; }

    public required string AntiforgeryToken { get; init; }

    /// <summary>True for pages search engines must not index: private and link-only pages, and the holder's own screens.</summary>
    public bool NoIndex { get; init; }
}
