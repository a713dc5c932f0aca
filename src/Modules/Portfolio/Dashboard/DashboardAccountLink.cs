using ApprenantAgile.Platform.Users.AccountLinks;
using ApprenantAgile.Portfolio.Rendering;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Portfolio.Dashboard;

/// <summary>Account navigation link to "Mon espace", the holder's dashboard.</summary>
public sealed class DashboardAccountLink(IStringLocalizer<DashboardAccountLink> S) : IAccountLinkProvider
{
    public IEnumerable<AccountLink> GetLinks() => [new(S["My space"], "~/" + PortfolioUrls.DashboardRoute, Position: 0)];
}
