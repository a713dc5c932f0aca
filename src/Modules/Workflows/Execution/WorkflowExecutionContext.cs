using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Execution;

/// <summary>A workflow instance while the manager runs it: its type, its stored state and its activities.</summary>
public sealed class WorkflowExecutionContext(WorkflowType workflowType, Workflow workflow, IReadOnlyDictionary<string, ActivityContext> activities)
{
    public WorkflowType WorkflowType { get; } = workflowType;

    public Workflow Workflow { get; } = workflow;

    public string WorkflowId => Workflow.WorkflowId;

    public string CorrelationId
    {
        get => Workflow.CorrelationId;
        set => Workflow.CorrelationId = value ?? "";
    }

    public WorkflowStatus Status => Workflow.Status;

    public JsonObject Input => Workflow.State.Input;

    public JsonObject Properties => Workflow.State.Properties;

    public JsonObject Output => Workflow.State.Output;

    public JsonNode? LastResult
    {
        get => Workflow.State.LastResult;
        set => Workflow.State.LastResult = value;
    }

    /// <summary>The activities of the type that exist on this tenant, by activity id.</summary>
    public IReadOnlyDictionary<string, ActivityContext> Activities { get; } = activities;

    public ActivityContext GetActivity(string activityId) =>
        Activities.TryGetValue(activityId, out var activity)
            ? activity
            : throw new InvalidOperationException(
                $"Workflow type '{WorkflowType.WorkflowTypeId}' has no activity '{activityId}' available on this tenant. Check that its feature is enabled and that the type was not changed under a running instance.");
}
