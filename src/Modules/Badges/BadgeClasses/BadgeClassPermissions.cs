using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// Permissions of the badge classes admin. Administrators manage classes; trainers (Formateur) may
/// view the list and the national classes.
/// </summary>
public sealed class BadgeClassPermissions : IPermissionProvider
{
    public const string ViewBadgeClassesName = "ViewBadgeClasses";

    public const string ManageBadgeClassesName = "ManageBadgeClasses";

    public static readonly Permission ViewBadgeClasses = new(ViewBadgeClassesName, "View badge classes in the admin", "Badges");

    public static readonly Permission ManageBadgeClasses = new(ManageBadgeClassesName, "Create and edit local badge classes and synchronise the national catalogue", "Badges");

    public IEnumerable<Permission> GetPermissions() => [ViewBadgeClasses, ManageBadgeClasses];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, GetPermissions()),
        new(StandardRoles.Formateur, [ViewBadgeClasses]),
    ];
}
