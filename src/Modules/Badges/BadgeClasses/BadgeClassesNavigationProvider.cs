using ApprenantAgile.Platform.Admin.Navigation;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>Admin menu entry of the badge classes list.</summary>
public sealed class BadgeClassesNavigationProvider(IStringLocalizer<BadgeClassesNavigationProvider> S) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(S["Badge classes"], "~/admin/badges/classes", position: 20, permission: BadgeClassPermissions.ViewBadgeClassesName, group: S["Badges"]);
}
