using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Admin;

/// <summary>An activity kind as the editor lists it; texts are in the request's culture.</summary>
public sealed record ActivityDescriptor(
    string Name,
    string Category,
    string DisplayText,
    bool IsEvent,
    bool CanStartWorkflow,
    IReadOnlyList<OutcomeDescriptor> Outcomes,
    IReadOnlyList<SettingDescriptor> Settings)
{
    public static ActivityDescriptor From(IActivity activity) => new(
        activity.Name,
        activity.Category.Value,
        activity.DisplayText.Value,
        activity is EventActivity,
        activity is EventActivity { CanStartWorkflow: true },
        activity.GetPossibleOutcomes().Select(o => new OutcomeDescriptor(o.Name, o.DisplayText.Value)).ToList(),
        activity.Settings.Select(s => new SettingDescriptor(s.Name, s.Kind.ToString(), s.DisplayText.Value, s.IsRequired, s.Choices)).ToList());
}

public sealed record OutcomeDescriptor(string Name, string DisplayText);

public sealed record SettingDescriptor(string Name, string Kind, string DisplayText, bool IsRequired, IReadOnlyList<string>? Choices);

/// <summary>An instance in the instances list.</summary>
public sealed record WorkflowSummary(
    string WorkflowId,
    string WorkflowTypeId,
    WorkflowStatus Status,
    string CorrelationId,
    string? FaultMessage,
    DateTime CreatedUtc,
    DateTime ModifiedUtc,
    IReadOnlyList<BlockingActivitySummary> BlockingActivities)
{
    public static WorkflowSummary From(Workflow workflow) => new(
        workflow.WorkflowId, workflow.WorkflowTypeId, workflow.Status, workflow.CorrelationId, workflow.FaultMessage,
        workflow.CreatedUtc, workflow.ModifiedUtc,
        workflow.BlockingActivities.Select(b => new BlockingActivitySummary(b.ActivityId, b.Name, b.IsStart, b.DueUtc)).ToList());
}

public sealed record BlockingActivitySummary(string ActivityId, string Name, bool IsStart, DateTime? DueUtc);

/// <summary>An instance with its data and history.</summary>
public sealed record WorkflowDetails(
    WorkflowSummary Workflow,
    JsonObject Input,
    JsonObject Properties,
    JsonObject Output,
    JsonNode? LastResult,
    IReadOnlyList<ExecutedActivity> ExecutedActivities);

/// <summary>What GET /admin/workflows/antiforgery returns: the header to send and its value.</summary>
public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);

/// <summary>The body of a user's action on a user task.</summary>
public sealed record UserTaskActionRequest(string Action);
