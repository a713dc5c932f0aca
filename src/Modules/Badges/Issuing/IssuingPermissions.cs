using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>Permissions of badge issuing: Administrator gets them all, Formateur may view and issue but not revoke.</summary>
public sealed class IssuingPermissions : IPermissionProvider
{
    public const string ViewAssertionsName = "ViewAssertions";
    public const string IssueBadgesName = "IssueBadges";
    public const string RevokeBadgesName = "RevokeBadges";

    public static readonly Permission ViewAssertions = new(ViewAssertionsName, "View issued badges and their recipients", "Badges");
    public static readonly Permission IssueBadges = new(IssueBadgesName, "Issue badges by hand or from a CSV file, and re-send badge e-mails", "Badges");
    public static readonly Permission RevokeBadges = new(RevokeBadgesName, "Revoke issued badges", "Badges");

    public IEnumerable<Permission> GetPermissions() => [ViewAssertions, IssueBadges, RevokeBadges];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, GetPermissions()),
        new(StandardRoles.Formateur, [ViewAssertions, IssueBadges]),
    ];
}
