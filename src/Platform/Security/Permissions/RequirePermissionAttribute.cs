using Microsoft.AspNetCore.Authorization;

namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>Restricts a controller or action to users whose roles grant the named permission.</summary>
public sealed class RequirePermissionAttribute(string permissionName)
    : AuthorizeAttribute(PermissionPolicy.Prefix + permissionName);

/// <summary>Authorization policy names of the form "Permission:{name}", resolved by the permission handler.</summary>
public static class PermissionPolicy
{
    public const string Prefix = "Permission:";
}
