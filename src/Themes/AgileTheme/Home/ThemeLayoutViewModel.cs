namespace ApprenantAgile.AgileTheme.Home;

/// <summary>
/// What the <c>Layout</c> Liquid template shows, as <c>Model</c>; the page body comes in the
/// <c>content</c> variable. The antiforgery fields let the language form post to <c>/culture</c>.
/// </summary>
public sealed class ThemeLayoutViewModel
{
    public required string SiteName { get; init; }

    /// <summary>Text of the page's title element, before the site name.</summary>
    public required string PageTitle { get; init; }

    /// <summary>Two-letter language of the page ("fr" or "en"), for the lang attribute.</summary>
    public required string Language { get; init; }

    /// <summary>Tenant-relative URL ("~/...") the language switch returns to.</summary>
    public required string ReturnUrl { get; init; }

    public required string AntiforgeryFieldName { get; init; }

    public required string AntiforgeryToken { get; init; }
}
