using ApprenantAgile.Platform.Admin.Navigation;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Admin;

/// <summary>Adds the dashboard link, first in the admin menu.</summary>
public sealed class AdminNavigationProvider(IStringLocalizer<AdminNavigationProvider> localizer) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder)
    {
        builder.Add(localizer["Dashboard"], "~/admin", position: int.MinValue, permission: AdminPermissions.AccessAdmin);
    }
}
