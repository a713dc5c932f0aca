using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>The resume input of a user task: the action the user chose and the user's roles.</summary>
public static class UserTaskInput
{
    public const string Action = "UserAction";
    public const string Roles = "UserRoles";

    public static JsonObject Create(string action, IEnumerable<string> roles) => new()
    {
        [Action] = action,
        [Roles] = new JsonArray(roles.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
    };
}
