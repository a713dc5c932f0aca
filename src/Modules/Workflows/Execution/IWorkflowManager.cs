using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Execution;

/// <summary>
/// Starts and resumes workflow instances of the current tenant. Each instance runs under its own
/// lock, so two triggers never run one instance at the same time; every step is saved.
/// </summary>
public interface IWorkflowManager
{
    /// <summary>
    /// Raises event <paramref name="eventName"/> (an activity kind, such as "ContentPublishedEvent"):
    /// resumes the instances halted on that event with this correlation id, then starts the enabled
    /// types whose start activity is that event. A singleton type does not start a second running
    /// instance. Returns the instances that ran.
    /// </summary>
    Task<IReadOnlyList<WorkflowExecutionContext>> TriggerEventAsync(
        string eventName, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resumes one blocking activity of an instance, merging <paramref name="input"/> into its Input.
    /// Returns null when the instance is no longer halted on that activity, when the activity
    /// rejects the input, or when its lock could not be acquired in time.
    /// </summary>
    Task<WorkflowExecutionContext?> ResumeWorkflowAsync(
        Workflow workflow, BlockingActivity blockingActivity, JsonObject? input = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a new instance at <paramref name="startActivity"/>, ignoring the type's IsEnabled and IsSingleton settings.</summary>
    Task<WorkflowExecutionContext> StartWorkflowAsync(
        WorkflowType workflowType, ActivityRecord startActivity, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default);
}
