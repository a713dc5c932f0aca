using ApprenantAgile.Platform.Admin.Navigation;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Features;

/// <summary>Adds "Features" to every tenant's admin menu.</summary>
public sealed class FeaturesNavigationProvider(IStringLocalizer<FeaturesNavigationProvider> localizer) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(localizer["Features"], "~/admin/features", position: 910,
            permission: FeaturePermissions.ManageFeaturesName, group: localizer["Configuration"]);
}
