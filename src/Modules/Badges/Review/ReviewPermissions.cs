using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Badges.Review;

/// <summary>The right to open the review inbox, read applications and their evidence, and decide; trainers and administrators get it.</summary>
[Feature(ApplicationsFeature.Id)]
public sealed class ReviewPermissions : IPermissionProvider
{
    public const string ReviewApplicationsName = "ReviewApplications";

    public static readonly Permission ReviewApplications = new(ReviewApplicationsName, "Review badge applications and read their evidence", "Badges");

    public IEnumerable<Permission> GetPermissions() => [ReviewApplications];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ReviewApplications]),
        new(StandardRoles.Formateur, [ReviewApplications]),
    ];
}
