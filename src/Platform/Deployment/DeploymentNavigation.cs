using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>Adds "Export and import" to the admin menu, for users who may export.</summary>
[Feature(PlatformFeatures.Deployment)]
public sealed class DeploymentNavigation(IStringLocalizer<DeploymentNavigation> localizer) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder)
    {
        // NOTE: a menu item takes one permission, so a user granted only Import does not see the entry.
        builder.Add(localizer["Export and import"], "~/admin/deployment", position: 90,
            permission: DeploymentPermissions.Export.Name, group: localizer["Configuration"]);
    }
}
