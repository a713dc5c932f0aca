using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>
/// Grants a <see cref="PermissionRequirement"/> when the permission belongs to a feature enabled on
/// the tenant and one of the user's roles grants it. The Administrator role is granted every such permission.
/// Role names come from the cookie's role claims; grants come from the current <see cref="RolesDocument"/>.
/// </summary>
public sealed class PermissionHandler(
    PermissionService permissions,
    IDocumentStore documents,
    IOptions<IdentityOptions> identityOptions,
    ILogger<PermissionHandler> logger)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var enabled = permissions.GetEnabledPermissions().SelectMany(f => f.Permissions);
        if (!enabled.Any(p => p.Name == requirement.PermissionName))
        {
            logger.LogDebug("Permission {Permission} is not declared by a feature enabled on this tenant", requirement.PermissionName);
            return;
        }

        var roleClaimType = identityOptions.Value.ClaimsIdentity.RoleClaimType;
        var roleNames = context.User.FindAll(roleClaimType).Select(c => c.Value).ToList();
        if (roleNames.Contains(StandardRoles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
            return;
        }

        var roles = await documents.GetAsync<RolesDocument>();
        var granted = roles.Roles
            .Where(r => roleNames.Contains(r.Name, StringComparer.OrdinalIgnoreCase))
            .Any(r => r.Permissions.Contains(requirement.PermissionName, StringComparer.Ordinal));
        if (granted)
        {
            context.Succeed(requirement);
        }
    }
}
