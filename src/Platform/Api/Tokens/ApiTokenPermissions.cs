using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>
/// The permission to create and revoke API tokens. A token can grant any enabled permission, so this
/// is granted to the national Administrator role only by default.
/// </summary>
[Feature(PlatformFeatures.Tenants)]
public sealed class ApiTokenPermissions : IPermissionProvider
{
    public static readonly Permission ManageApiTokens = new("ManageApiTokens", "Create and revoke API tokens", "API");

    public IEnumerable<Permission> GetPermissions() => [ManageApiTokens];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
        [new(StandardRoles.Administrator, [ManageApiTokens])];
}
