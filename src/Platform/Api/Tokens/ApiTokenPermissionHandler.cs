using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>
/// Grants a <see cref="PermissionRequirement"/> to a request authenticated by an API token that
/// lists the permission, when the permission's feature is enabled on the tenant. Users signed in
/// with a cookie go through <see cref="PermissionHandler"/> and their roles instead.
/// </summary>
public sealed class ApiTokenPermissionHandler(PermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var identity = context.User.Identities.FirstOrDefault(i => i.AuthenticationType == ApiTokenAuthentication.Scheme);
        if (identity is null || !identity.HasClaim(ApiTokenAuthentication.PermissionClaimType, requirement.PermissionName))
        {
            return Task.CompletedTask;
        }

        var enabled = permissions.GetEnabledPermissions().SelectMany(g => g.Permissions);
        if (enabled.Any(p => p.Name == requirement.PermissionName))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
