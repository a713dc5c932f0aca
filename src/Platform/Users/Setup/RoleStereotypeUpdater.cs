using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Setup;

/// <summary>
/// Grants the default permissions (the stereotypes) of newly enabled features to the standard roles
/// that exist already, as Orchard Core's role updater does. Without it, a Formateur role created
/// before a feature was enabled would never receive that feature's trainer permissions.
/// </summary>
/// <remarks>
/// NOTE: grants are added each time a feature goes from disabled to enabled, so a default permission
/// that an administrator removed comes back if the feature is disabled and enabled again.
/// </remarks>
public sealed class RoleStereotypeUpdater(
    PermissionService permissions,
    RoleManager<Role> roleManager,
    ILogger<RoleStereotypeUpdater> logger) : IFeatureEventHandler
{
    public async Task EnabledAsync(IReadOnlyList<string> enabledFeatureIds, CancellationToken cancellationToken)
    {
        var grants = permissions.GetDefaultStereotypes(enabledFeatureIds.ToHashSet(StringComparer.Ordinal));
        foreach (var (roleName, permissionNames) in grants)
        {
            var role = await roleManager.FindByNameAsync(roleName);
            if (role is null)
            {
                // DefaultRolesInstaller creates a missing standard role later, with every provider's default grants.
                continue;
            }

            var missing = permissionNames.Except(role.Permissions, StringComparer.Ordinal).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            role.Permissions = [.. role.Permissions.Concat(missing).Order(StringComparer.Ordinal)];
            var result = await roleManager.UpdateAsync(role);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Granting the default permissions {string.Join(", ", missing)} to role '{roleName}' failed: " +
                    string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            logger.LogInformation("Role {Role} granted the default permissions {Permissions} of the features {FeatureIds}",
                roleName, missing, enabledFeatureIds);
        }
    }
}
