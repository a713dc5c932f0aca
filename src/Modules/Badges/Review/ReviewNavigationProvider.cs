using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Review;

/// <summary>Admin menu entry of the review inbox, for users with ReviewApplications.</summary>
[Feature(ApplicationsFeature.Id)]
public sealed class ReviewNavigationProvider(IStringLocalizer<ReviewNavigationProvider> S) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(S["Badge applications"], "~/admin/demandes", position: 5, permission: ReviewPermissions.ReviewApplicationsName, group: S["Badges"]);
}
