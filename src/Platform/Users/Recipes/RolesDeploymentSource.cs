using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Users.Models;

namespace ApprenantAgile.Platform.Users.Recipes;

/// <summary>Exports every role of the tenant as one "roles" step that <see cref="RolesStep"/> imports.</summary>
[Feature(PlatformFeatures.Users)]
public sealed class RolesDeploymentSource(IDocumentStore documents) : IDeploymentSource
{
    public int Order => 50;

    public async Task ExportAsync(IList<JsonObject> steps, CancellationToken cancellationToken)
    {
        var roles = await documents.GetAsync<RolesDocument>(cancellationToken);
        steps.Add(new JsonObject
        {
            ["name"] = RolesStep.Name,
            ["Roles"] = new JsonArray(roles.Roles.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => (JsonNode?)RoleEntry.Write(r)).ToArray()),
        });
    }
}
