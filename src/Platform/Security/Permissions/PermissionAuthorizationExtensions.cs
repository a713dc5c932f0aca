using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>Checks a permission in code, where [RequirePermission] does not fit (a menu item, a button).</summary>
public static class PermissionAuthorizationExtensions
{
    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string permissionName)
    {
        var result = await authorization.AuthorizeAsync(user, null, new PermissionRequirement(permissionName));
        return result.Succeeded;
    }

    public static Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Permission permission) =>
        authorization.HasPermissionAsync(user, permission.Name);
}
