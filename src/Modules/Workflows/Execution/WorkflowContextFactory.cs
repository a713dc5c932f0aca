using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Execution;

/// <summary>Builds the execution context of an instance: one activity object per activity record of its type.</summary>
public sealed class WorkflowContextFactory(IActivityLibrary library, ILogger<WorkflowContextFactory> logger)
{
    public WorkflowExecutionContext Create(WorkflowType workflowType, Workflow workflow)
    {
        var activities = new Dictionary<string, ActivityContext>(StringComparer.Ordinal);
        foreach (var record in workflowType.Activities)
        {
            var activity = library.Create(record.Name, record.Properties);
            if (activity is null)
            {
                logger.LogWarning(
                    "Workflow type {WorkflowTypeId}: activity {ActivityId} of kind {ActivityName} is unknown or its feature is disabled",
                    workflowType.WorkflowTypeId, record.ActivityId, record.Name);
                continue;
            }

            if (!workflow.State.ActivityStates.TryGetValue(record.ActivityId, out var state))
            {
                state = new JsonObject();
                workflow.State.ActivityStates[record.ActivityId] = state;
            }

            activities[record.ActivityId] = new ActivityContext(record, activity, state);
        }

        return new WorkflowExecutionContext(workflowType, workflow, activities);
    }
}
