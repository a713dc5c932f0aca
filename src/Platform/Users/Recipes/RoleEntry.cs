using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Users.Models;

namespace ApprenantAgile.Platform.Users.Recipes;

/// <summary>One role as the "roles" recipe step writes it: Name, Description and Permissions.</summary>
internal sealed record RoleEntry(string Name, string Description, IReadOnlyList<string> Permissions)
{
    /// <summary>Reads an entry that <see cref="RolesStep.ValidateAsync"/> has already accepted.</summary>
    public static RoleEntry Read(JsonObject role) => new(
        role["Name"]!.GetValue<string>().Trim(),
        role["Description"]?.GetValue<string>() ?? "",
        role["Permissions"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? []);

    public static JsonObject Write(Role role) => new()
    {
        ["Name"] = role.Name,
        ["Description"] = role.Description,
        ["Permissions"] = new JsonArray(role.Permissions.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
    };
}
