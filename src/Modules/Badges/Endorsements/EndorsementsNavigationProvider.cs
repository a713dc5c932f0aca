using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>Admin menu entry of the endorsements, on the national tenant only.</summary>
public sealed class EndorsementsNavigationProvider(ITenantAccessor tenantAccessor, IStringLocalizer<EndorsementsNavigationProvider> S) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder)
    {
        if (tenantAccessor.Current.Settings.IsDefault)
        {
            builder.Add(S["Endorsements"], "~/admin/badges/endorsements", position: 25, permission: EndorsementPermissions.EndorseBadgeClassesName, group: S["Badges"]);
        }
    }
}
