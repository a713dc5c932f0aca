using ApprenantAgile.Platform.Documents;
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
/// Each default permission is granted to a role once. <see cref="GrantedDefaultPermissions"/> records it,
/// so a default permission that an administrator removed does not come back when the feature is disabled
/// and enabled again. NOTE: a tenant set up before this record existed has an empty record, so the first
/// re-enable of a feature there still grants the defaults that an administrator had removed.
/// </remarks>
public sealed class RoleStereotypeUpdater(
    PermissionService permissions,
    RoleManager<Role> roleManager,
    IDocumentStore documents,
    ILogger<RoleStereotypeUpdater> logger) : IFeatureEventHandler
{
    public async Task EnabledAsync(IReadOnlyList<string> enabledFeatureIds, CancellationToken cancellationToken)
    {
        var grants = permissions.GetDefaultStereotypes(enabledFeatureIds.ToHashSet(StringComparer.Ordinal));
        var granted = await documents.GetAsync<GrantedDefaultPermissions>(cancellationToken);
        var recordChanged = false;
        foreach (var (roleName, permissionNames) in grants)
        {
            var role = await roleManager.FindByNameAsync(roleName);
            if (role is null)
            {
                // DefaultRolesInstaller creates a missing standard role later, with every provider's default grants.
                continue;
            }

            var missing = permissionNames
                .Except(role.Permissions, StringComparer.Ordinal)
                .Except(granted.GrantedTo(roleName), StringComparer.Ordinal)
                .ToList();
            recordChanged |= granted.Record(roleName, permissionNames);
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

        if (recordChanged)
        {
            await documents.SaveAsync(granted, cancellationToken);
        }
    }
}
