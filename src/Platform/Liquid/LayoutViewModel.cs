using ApprenantAgile.Platform.Users.AccountLinks;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// What the theme's <c>Layout</c> Liquid template shows around every public page, as <c>Model</c>; the page
/// body comes in the <c>content</c> variable. Only <see cref="Account"/> depends on the visitor, and for an
/// anonymous visitor it depends on the page alone, so a page rendered for one anonymous visitor can be served
/// to the next.
/// </summary>
public sealed class LayoutViewModel
{
    public required string SiteName { get; init; }

    /// <summary>Text of the page's title element, before the site name.</summary>
    public required string PageTitle { get; init; }

    /// <summary>Two-letter language of the page ("fr" or "en"), for the lang attribute.</summary>
    public required string Language { get; init; }

    /// <summary>Tenant-relative URL ("~/...") that the language switch (<c>GET ~/culture</c>) returns to.</summary>
    public required string ReturnUrl { get; init; }

    /// <summary>True for pages search engines must not index, such as private and link-only portfolio pages.</summary>
    public bool NoIndex { get; init; }

    /// <summary>Sign-in link, or the signed-in user's name, links and sign-out form; null when the Users feature is disabled.</summary>
    public AccountNavigationViewModel? Account { get; init; }
}
