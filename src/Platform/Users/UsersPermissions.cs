using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Users;

/// <summary>Permissions of the Users feature, and of the admin area as a whole.</summary>
[Feature(PlatformFeatures.Users)]
public sealed class UsersPermissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the administration area", "Administration");
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit, enable and disable users", "Users");
    public static readonly Permission ManageRoles = new("ManageRoles", "Create roles and change their permissions", "Users");

    public IEnumerable<Permission> GetPermissions() => [AccessAdmin, ManageUsers, ManageRoles];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [AccessAdmin, ManageUsers, ManageRoles]),
        new(StandardRoles.Formateur, [AccessAdmin]),
    ];
}
