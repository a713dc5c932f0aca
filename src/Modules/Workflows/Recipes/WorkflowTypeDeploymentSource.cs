using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Workflows.Data;

namespace ApprenantAgile.Workflows.Recipes;

/// <summary>Exports every workflow type of the tenant as one "WorkflowType" step.</summary>
public sealed class WorkflowTypeDeploymentSource(IWorkflowTypeStore store) : IDeploymentSource
{
    /// <summary>After features and settings, as activities belong to features and may read content.</summary>
    public int Order => 100;

    public async Task ExportAsync(IList<JsonObject> steps, CancellationToken cancellationToken)
    {
        var types = await store.ListAsync(cancellationToken);
        if (types.Count == 0)
        {
            return;
        }

        steps.Add(new JsonObject
        {
            ["name"] = WorkflowTypeStep.Name,
            ["data"] = JsonSerializer.SerializeToNode(types, WorkflowJson.Options),
        });
    }
}
