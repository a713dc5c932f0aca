using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>The permission to create, disable, enable and remove centres' tenants, granted to the national administrators.</summary>
[Feature(PlatformFeatures.Tenants)]
public sealed class TenantPermissions : IPermissionProvider
{
    public const string ManageTenantsName = "ManageTenants";

    public static readonly Permission ManageTenants = new(ManageTenantsName, "Manage the centres' tenants", "Tenants");

    public IEnumerable<Permission> GetPermissions() => [ManageTenants];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
        [new(StandardRoles.Administrator, [ManageTenants])];
}
