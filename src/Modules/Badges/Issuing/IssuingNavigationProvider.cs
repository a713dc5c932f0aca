using ApprenantAgile.Platform.Admin.Navigation;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>Admin menu entries of issued badges and manual issuing.</summary>
public sealed class IssuingNavigationProvider(IStringLocalizer<IssuingNavigationProvider> S) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) => builder
        .Add(S["Issued badges"], "~/admin/badges/assertions", position: 30, permission: IssuingPermissions.ViewAssertionsName, group: S["Badges"])
        .Add(S["Issue a badge"], "~/admin/badges/assertions/issue", position: 31, permission: IssuingPermissions.IssueBadgesName, group: S["Badges"])
        .Add(S["Issue from a CSV file"], "~/admin/badges/assertions/import", position: 32, permission: IssuingPermissions.IssueBadgesName, group: S["Badges"]);
}
