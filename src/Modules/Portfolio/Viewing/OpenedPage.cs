using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Portfolio.Pages;

namespace ApprenantAgile.Portfolio.Viewing;

/// <summary>
/// A page that the current request may read, with its owner and the path it was opened at; routes
/// under that path (evidence files, badge JSON) serve only what the page shows.
/// </summary>
public sealed record OpenedPage(PortfolioPage Page, User Owner, bool IsOwner, string PagePath)
{
    /// <summary>True when search engines must skip the page: it is not public.</summary>
    public bool NoIndex => Page.Visibility != PageVisibility.Public;
}
