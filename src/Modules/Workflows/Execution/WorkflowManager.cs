using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Locking;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Workflows.Execution;

/// <summary>
/// Default <see cref="IWorkflowManager"/>. Every start and resume runs under the instance's lock
/// and reads the instance again once the lock is held, so a second trigger reads what the first one wrote.
/// </summary>
public sealed class WorkflowManager(
    IWorkflowTypeStore workflowTypes,
    IWorkflowStore workflows,
    WorkflowContextFactory contexts,
    WorkflowRunner runner,
    IDistributedLock locks,
    ITenantAccessor tenantAccessor,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowManager> logger) : IWorkflowManager
{
    public async Task<IReadOnlyList<WorkflowExecutionContext>> TriggerEventAsync(
        string eventName, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        var correlation = correlationId ?? "";
        var ran = new List<WorkflowExecutionContext>();

        // Resume the instances halted on this event with this correlation id.
        foreach (var workflowId in await workflows.ListHaltedOnAsync(eventName, correlation, cancellationToken))
        {
            var resumed = await ResumeHaltedOnEventAsync(workflowId, eventName, correlation, input, cancellationToken);
            if (resumed is not null)
            {
                ran.Add(resumed);
            }
        }

        // Start the enabled types whose start activity is this event.
        foreach (var workflowType in await workflowTypes.ListStartableAsync(eventName, cancellationToken))
        {
            foreach (var startActivity in workflowType.Activities.Where(a => a.IsStart && a.Name == eventName))
            {
                var started = workflowType.IsSingleton
                    ? await StartSingletonAsync(workflowType, startActivity, input, correlation, cancellationToken)
                    : await StartIfAcceptedAsync(workflowType, startActivity, input, correlation, cancellationToken);
                if (started is not null)
                {
                    ran.Add(started);
                }
            }
        }

        return ran;
    }

    public async Task<WorkflowExecutionContext?> ResumeWorkflowAsync(
        Workflow workflow, BlockingActivity blockingActivity, JsonObject? input = null, CancellationToken cancellationToken = default)
    {
        await using var handle = await AcquireAsync(WorkflowLockKey(workflow.WorkflowId), cancellationToken);
        if (handle is null)
        {
            return null;
        }

        var current = await workflows.LoadAsync(workflow.WorkflowId, cancellationToken);
        var blocking = current?.BlockingActivities.FirstOrDefault(b => b.ActivityId == blockingActivity.ActivityId);
        if (current is null || current.Status != WorkflowStatus.Halted || blocking is null)
        {
            logger.LogInformation("Workflow {WorkflowId} is no longer halted on activity {ActivityId}; nothing to resume",
                workflow.WorkflowId, blockingActivity.ActivityId);
            return null;
        }

        return await ResumeLockedAsync(current, blocking, input, cancellationToken);
    }

    public async Task<WorkflowExecutionContext> StartWorkflowAsync(
        WorkflowType workflowType, ActivityRecord startActivity, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        var context = contexts.Create(workflowType, NewWorkflow(workflowType, input, correlationId ?? ""));
        await StartLockedAsync(context, startActivity, cancellationToken);
        return context;
    }

    private async Task<WorkflowExecutionContext?> ResumeHaltedOnEventAsync(
        string workflowId, string eventName, string correlation, JsonObject? input, CancellationToken cancellationToken)
    {
        await using var handle = await AcquireAsync(WorkflowLockKey(workflowId), cancellationToken);
        if (handle is null)
        {
            return null;
        }

        var workflow = await workflows.LoadAsync(workflowId, cancellationToken);
        if (workflow is null || workflow.Status != WorkflowStatus.Halted)
        {
            return null;
        }

        WorkflowExecutionContext? last = null;
        var candidates = workflow.BlockingActivities.Where(b => b.Name == eventName && b.CorrelationId == correlation).ToList();
        foreach (var blocking in candidates)
        {
            // An earlier resume of this loop may have moved the instance past this activity.
            if (workflow.Status != WorkflowStatus.Halted || !workflow.BlockingActivities.Contains(blocking))
            {
                continue;
            }

            last = await ResumeLockedAsync(workflow, blocking, input, cancellationToken) ?? last;
        }

        return last;
    }

    private async Task<WorkflowExecutionContext?> ResumeLockedAsync(
        Workflow workflow, BlockingActivity blocking, JsonObject? input, CancellationToken cancellationToken)
    {
        var workflowType = await workflowTypes.GetAsync(workflow.WorkflowTypeId, cancellationToken);
        if (workflowType is null)
        {
            logger.LogWarning("Workflow {WorkflowId} is halted, but its type {WorkflowTypeId} was deleted; it is not resumed",
                workflow.WorkflowId, workflow.WorkflowTypeId);
            return null;
        }

        var context = contexts.Create(workflowType, workflow);
        if (!context.Activities.TryGetValue(blocking.ActivityId, out var activity))
        {
            logger.LogWarning("Workflow {WorkflowId} is halted on activity {ActivityId}, which is not available on this tenant; it is not resumed",
                workflow.WorkflowId, blocking.ActivityId);
            return null;
        }

        // The input is merged before CanExecuteAsync reads it, and taken back if the activity rejects it.
        var previousInput = (JsonObject)workflow.State.Input.DeepClone();
        MergeInput(workflow.State, input);
        if (!await activity.Activity.CanExecuteAsync(context, activity, cancellationToken))
        {
            workflow.State.Input = previousInput;
            logger.LogInformation("Activity {ActivityId} of workflow {WorkflowId} rejected the resume input", blocking.ActivityId, workflow.WorkflowId);
            return null;
        }

        workflow.BlockingActivities.Remove(blocking);
        await runner.RunAsync(context, blocking.ActivityId, cancellationToken);
        return context;
    }

    private async Task<WorkflowExecutionContext?> StartSingletonAsync(
        WorkflowType workflowType, ActivityRecord startActivity, JsonObject? input, string correlation, CancellationToken cancellationToken)
    {
        await using var handle = await AcquireAsync($"workflow-type:{workflowType.WorkflowTypeId}", cancellationToken);
        if (handle is null)
        {
            return null;
        }

        if (await workflows.HasRunningInstanceAsync(workflowType.WorkflowTypeId, cancellationToken))
        {
            logger.LogInformation("Singleton workflow type {WorkflowTypeId} already has a running instance; no new one starts",
                workflowType.WorkflowTypeId);
            return null;
        }

        return await StartIfAcceptedAsync(workflowType, startActivity, input, correlation, cancellationToken);
    }

    private async Task<WorkflowExecutionContext?> StartIfAcceptedAsync(
        WorkflowType workflowType, ActivityRecord startActivity, JsonObject? input, string correlation, CancellationToken cancellationToken)
    {
        var context = contexts.Create(workflowType, NewWorkflow(workflowType, input, correlation));
        if (!context.Activities.TryGetValue(startActivity.ActivityId, out var activity)
            || !await activity.Activity.CanExecuteAsync(context, activity, cancellationToken))
        {
            return null;
        }

        await StartLockedAsync(context, startActivity, cancellationToken);
        return context;
    }

    private async Task StartLockedAsync(WorkflowExecutionContext context, ActivityRecord startActivity, CancellationToken cancellationToken)
    {
        await using var handle = await AcquireAsync(WorkflowLockKey(context.WorkflowId), cancellationToken)
            ?? throw new TimeoutException($"The lock of the new workflow instance '{context.WorkflowId}' was not acquired in {options.Value.LockTimeout}.");

        logger.LogInformation("Tenant {Tenant}: starting workflow {WorkflowId} of type {WorkflowTypeId} at activity {ActivityId}",
            tenantAccessor.Current.Name, context.WorkflowId, context.WorkflowType.WorkflowTypeId, startActivity.ActivityId);
        await runner.RunAsync(context, startActivity.ActivityId, cancellationToken);
    }

    private async Task<IAsyncDisposable?> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var handle = await locks.TryAcquireAsync(key, options.Value.LockTimeout, cancellationToken);
        if (handle is null)
        {
            logger.LogWarning("Tenant {Tenant}: lock {LockKey} was not acquired within {LockTimeout}; the trigger skips it",
                tenantAccessor.Current.Name, key, options.Value.LockTimeout);
        }

        return handle;
    }

    private static Workflow NewWorkflow(WorkflowType workflowType, JsonObject? input, string correlation)
    {
        var workflow = new Workflow
        {
            WorkflowId = Guid.NewGuid().ToString("N"),
            WorkflowTypeId = workflowType.WorkflowTypeId,
            Status = WorkflowStatus.Idle,
            CorrelationId = correlation,
        };
        MergeInput(workflow.State, input);
        return workflow;
    }

    /// <summary>
    /// Copies the input into the instance's Input as plain JSON. A .NET object that a caller put in a
    /// JsonValue is serialized here. Activities and Liquid therefore read the same data before and
    /// after the instance is saved, and never the object itself.
    /// </summary>
    private static void MergeInput(WorkflowState state, JsonObject? input)
    {
        foreach (var (key, value) in input ?? [])
        {
            state.Input[key] = value is null ? null : JsonNode.Parse(value.ToJsonString());
        }
    }

    private static string WorkflowLockKey(string workflowId) => $"workflow:{workflowId}";
}
