using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Setup;

/// <summary>
/// Creates the standard roles (Administrator, Formateur, Apprenant) with the default grants that
/// every permission provider declares. A role that exists already keeps its grants.
/// </summary>
public sealed class DefaultRolesInstaller(
    RoleManager<Role> roleManager,
    PermissionService permissions,
    IDocumentStore documents,
    ILogger<DefaultRolesInstaller> logger)
{
    private static readonly (string Name, string Description)[] StandardRoleDescriptions =
    [
        (StandardRoles.Administrator, "Manages the site: users, roles, settings and every content."),
        (StandardRoles.Formateur, "Trainer: follows learners and awards badges."),
        (StandardRoles.Apprenant, "Learner: receives badges and builds a portfolio."),
    ];

    /// <summary>Creates the missing standard roles; returns Identity's errors, empty on success.</summary>
    public async Task<IReadOnlyList<IdentityError>> EnsureStandardRolesAsync()
    {
        var stereotypes = permissions.GetDefaultStereotypes();
        var errors = new List<IdentityError>();
        var recorded = await documents.GetAsync<GrantedDefaultPermissions>();
        var recordChanged = false;

        foreach (var (name, description) in StandardRoleDescriptions)
        {
            if (await roleManager.RoleExistsAsync(name))
            {
                continue;
            }

            var granted = stereotypes.TryGetValue(name, out var names) ? names.Order(StringComparer.Ordinal).ToList() : [];
            var result = await roleManager.CreateAsync(new Role { Name = name, Description = description, Permissions = granted });
            if (result.Succeeded)
            {
                // Recorded so that RoleStereotypeUpdater does not grant them again after an administrator removes one.
                recordChanged |= recorded.Record(name, granted);
                logger.LogInformation("Role {Role} created with {PermissionCount} default permissions", name, granted.Count);
            }

            errors.AddRange(result.Errors);
        }

        if (recordChanged)
        {
            await documents.SaveAsync(recorded);
        }

        return errors;
    }
}
