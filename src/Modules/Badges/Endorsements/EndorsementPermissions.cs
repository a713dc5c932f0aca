using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>Permission of the endorsements admin, which only the national tenant shows. Administrators have it.</summary>
public sealed class EndorsementPermissions : IPermissionProvider
{
    public const string EndorseBadgeClassesName = "EndorseBadgeClasses";

    public static readonly Permission EndorseBadgeClasses = new(EndorseBadgeClassesName, "Endorse the badge classes and issuer profiles of centres", "Badges");

    public IEnumerable<Permission> GetPermissions() => [EndorseBadgeClasses];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, GetPermissions()),
    ];
}
