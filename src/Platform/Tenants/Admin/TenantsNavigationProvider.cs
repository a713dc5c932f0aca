using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Tenants.Admin;

/// <summary>Adds "Tenants" to the national admin menu.</summary>
[Feature(PlatformFeatures.Tenants)]
public sealed class TenantsNavigationProvider(IStringLocalizer<TenantsNavigationProvider> localizer) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(localizer["Tenants"], "~/admin/tenants", position: 900,
            permission: TenantPermissions.ManageTenantsName, group: localizer["Configuration"]);
}
