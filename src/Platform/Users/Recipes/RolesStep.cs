using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Users.Recipes;

/// <summary>
/// The "roles" recipe step: creates or replaces roles with their description and granted permissions.
/// <code>{ "name": "roles", "Roles": [ { "Name": "Formateur", "Description": "…", "Permissions": [ "AccessAdmin" ] } ] }</code>
/// A role named in the step gets exactly the listed permissions; roles not named are left as they are.
/// </summary>
[Feature(PlatformFeatures.Users)]
public sealed class RolesStep(
    RoleManager<Role> roleManager,
    PermissionService permissions,
    IStringLocalizer<RolesStep> T) : IRecipeStepHandler
{
    public const string Name = "roles";

    public string StepName => Name;

    public Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        if (context.Step["Roles"] is not JsonArray roles)
        {
            errors.Add(context.Error("Roles", T["The step has no \"Roles\" list. Add \"Roles\": [ {{ \"Name\": \"…\" }} ]."]));
            return Task.CompletedTask;
        }

        var known = permissions.GetAllPermissions().SelectMany(f => f.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < roles.Count; index++)
        {
            ValidateRole(context, roles[index], $"Roles[{index}]", known, seen, errors);
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var node in context.Step["Roles"]!.AsArray())
        {
            var entry = RoleEntry.Read(node!.AsObject());
            var role = await roleManager.FindByNameAsync(entry.Name);
            var isNew = role is null;
            role ??= new Role { Name = entry.Name };
            role.Description = entry.Description;
            role.Permissions = entry.Permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

            var result = isNew ? await roleManager.CreateAsync(role) : await roleManager.UpdateAsync(role);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Recipe step '{Name}' could not save role '{entry.Name}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    private void ValidateRole(RecipeStepContext context, JsonNode? node, string path, HashSet<string> known, HashSet<string> seen, IList<RecipeError> errors)
    {
        if (node is not JsonObject role)
        {
            errors.Add(context.Error(path, T["Each role must be an object with a \"Name\"."]));
            return;
        }

        var name = role["Name"] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : "";
        if (name.Length == 0)
        {
            errors.Add(context.Error($"{path}.Name", T["The role has no name. Add \"Name\"."]));
        }
        else if (!seen.Add(name))
        {
            errors.Add(context.Error($"{path}.Name", T["The role \"{0}\" appears twice in the step. Keep only one.", name]));
        }

        if (role["Permissions"] is null)
        {
            return;
        }

        if (role["Permissions"] is not JsonArray granted)
        {
            errors.Add(context.Error($"{path}.Permissions", T["\"Permissions\" must be a list of permission names."]));
            return;
        }

        for (var index = 0; index < granted.Count; index++)
        {
            var permission = granted[index] is JsonValue item && item.TryGetValue<string>(out var permissionName) ? permissionName : null;
            if (permission is null || !known.Contains(permission))
            {
                errors.Add(context.Error($"{path}.Permissions[{index}]",
                    T["The permission \"{0}\" does not exist. Check its spelling, or enable the feature that declares it.", granted[index]?.ToJsonString() ?? "null"]));
            }
        }
    }
}
