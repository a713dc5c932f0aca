using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Workflows.Execution;

/// <summary>
/// Runs an instance from one activity, following the transitions of the outcomes each activity
/// returns, until every path halts or ends. Saves the instance after each activity, and faults it when
/// a save keeps failing, so that a run never leaves it Executing. The caller holds the instance's lock.
/// </summary>
public sealed class WorkflowRunner(
    IWorkflowStore store,
    WorkflowInstanceSaver saver,
    ITenantAccessor tenantAccessor,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowRunner> logger)
{
    private const string CompletedResult = "Completed";
    private const string HaltedResult = "Halted";
    private const string FaultedResult = "Faulted";

    /// <summary>Runs <paramref name="firstActivityId"/> with ResumeAsync, then what its outcomes lead to with ExecuteAsync.</summary>
    /// <exception cref="WorkflowSaveException">Neither the run's state nor the fault could be saved.</exception>
    public async Task RunAsync(WorkflowExecutionContext context, string firstActivityId, CancellationToken cancellationToken)
    {
        try
        {
            await RunActivitiesAsync(context, firstActivityId, cancellationToken);
        }
        catch (WorkflowSaveException ex)
        {
            await FaultAfterFailedSaveAsync(context, ex, cancellationToken);
        }
    }

    private async Task RunActivitiesAsync(WorkflowExecutionContext context, string firstActivityId, CancellationToken cancellationToken)
    {
        var workflow = context.Workflow;
        workflow.Status = WorkflowStatus.Executing;
        await saver.SaveAsync(workflow, $"start at activity {firstActivityId}", cancellationToken);

        var scheduled = new Stack<string>([firstActivityId]);
        var isFirst = true;
        var executedCount = 0;

        while (scheduled.TryPop(out var activityId))
        {
            if (++executedCount > options.Value.MaxActivitiesPerRun)
            {
                await FaultAsync(context, activityId, $"The run executed more than {options.Value.MaxActivitiesPerRun} activities without halting. Put an event in the loop or raise Workflows:MaxActivitiesPerRun.", null, cancellationToken);
                return;
            }

            ActivityContext activity;
            ActivityExecutionResult result;
            try
            {
                activity = context.GetActivity(activityId);
                result = isFirst
                    ? await activity.Activity.ResumeAsync(context, activity, cancellationToken)
                    : await activity.Activity.ExecuteAsync(context, activity, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await FaultAsync(context, activityId, ex.Message, ex, cancellationToken);
                return;
            }

            isFirst = false;
            Record(context, activity, result);

            if (result.IsHalted)
            {
                workflow.BlockingActivities.Add(new BlockingActivity
                {
                    ActivityId = activityId,
                    Name = activity.Activity.Name,
                    IsStart = activity.Record.IsStart,
                    DueUtc = result.DueUtc,
                });
            }
            else
            {
                Schedule(context, activity, result, scheduled);
            }

            await saver.SaveAsync(workflow, $"after activity {activityId}", cancellationToken);
        }

        workflow.Status = workflow.BlockingActivities.Count > 0 ? WorkflowStatus.Halted : WorkflowStatus.Finished;
        await saver.SaveAsync(workflow, $"end of run, {workflow.Status}", cancellationToken);
        logger.LogInformation("Tenant {Tenant}: workflow {WorkflowId} of type {WorkflowTypeId} is {Status}",
            tenantAccessor.Current.Name, workflow.WorkflowId, workflow.WorkflowTypeId, workflow.Status);

        if (workflow.Status == WorkflowStatus.Finished && context.WorkflowType.DeleteFinishedWorkflows)
        {
            await store.DeleteAsync(workflow, cancellationToken);
        }
    }

    private void Schedule(WorkflowExecutionContext context, ActivityContext activity, ActivityExecutionResult result, Stack<string> scheduled)
    {
        var declared = activity.Activity.GetPossibleOutcomes().Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var next = new List<string>();
        foreach (var outcome in result.OutcomeNames)
        {
            if (!declared.Contains(outcome))
            {
                logger.LogWarning("Activity {ActivityId} ({ActivityName}) returned outcome {Outcome}, which it does not declare",
                    activity.ActivityId, activity.Activity.Name, outcome);
            }

            next.AddRange(context.WorkflowType.Transitions
                .Where(t => t.SourceActivityId == activity.ActivityId && t.SourceOutcomeName == outcome)
                .Select(t => t.DestinationActivityId));
        }

        // The stack pops the last push first, so push in reverse to run transitions in their declared order.
        for (var index = next.Count - 1; index >= 0; index--)
        {
            scheduled.Push(next[index]);
        }
    }

    private void Record(WorkflowExecutionContext context, ActivityContext activity, ActivityExecutionResult result) =>
        context.Workflow.State.ExecutedActivities.Add(new ExecutedActivity
        {
            ActivityId = activity.ActivityId,
            Name = activity.Activity.Name,
            ExecutedUtc = clock.GetUtcNow().UtcDateTime,
            Result = result.IsHalted ? HaltedResult : CompletedResult,
            Outcomes = [.. result.OutcomeNames],
        });

    private async Task FaultAsync(WorkflowExecutionContext context, string activityId, string reason, Exception? exception, CancellationToken cancellationToken)
    {
        var workflow = context.Workflow;
        var activityName = context.Activities.TryGetValue(activityId, out var activity) ? activity.Activity.Name : "";
        logger.LogError(exception, "Tenant {Tenant}: workflow {WorkflowId} faulted at activity {ActivityId} ({ActivityName}): {Reason}",
            tenantAccessor.Current.Name, workflow.WorkflowId, activityId, activityName, reason);

        workflow.State.ExecutedActivities.Add(new ExecutedActivity
        {
            ActivityId = activityId,
            Name = activityName,
            ExecutedUtc = clock.GetUtcNow().UtcDateTime,
            Result = FaultedResult,
        });
        workflow.Status = WorkflowStatus.Faulted;
        workflow.FaultMessage = $"Activity '{activityId}' ({activityName}) failed: {reason}";
        workflow.BlockingActivities.Clear();
        await saver.SaveAsync(workflow, $"fault at activity {activityId}", cancellationToken);
    }

    /// <summary>
    /// Faults the instance after a save failed on every attempt. The activities that ran did their
    /// work (an e-mail sent, a badge issued), but the instance cannot record it, so it must not resume.
    /// </summary>
    private async Task FaultAfterFailedSaveAsync(WorkflowExecutionContext context, WorkflowSaveException failure, CancellationToken cancellationToken)
    {
        var workflow = context.Workflow;
        logger.LogError(failure, "Tenant {Tenant}: workflow {WorkflowId} of type {WorkflowTypeId} could not be saved; faulting it",
            tenantAccessor.Current.Name, workflow.WorkflowId, workflow.WorkflowTypeId);

        workflow.Status = WorkflowStatus.Faulted;
        workflow.FaultMessage = failure.Message;
        workflow.BlockingActivities.Clear();
        try
        {
            await saver.SaveAsync(workflow, "fault after a failed save", cancellationToken);
        }
        catch (WorkflowSaveException ex)
        {
            // NOTE: the database rejected every save, so the stored row keeps its last saved status,
            // Executing when the run's first save went through. The admin instances list shows that status.
            logger.LogCritical(ex, "Tenant {Tenant}: workflow {WorkflowId} could not be faulted either; its stored status is out of date",
                tenantAccessor.Current.Name, workflow.WorkflowId);
            throw;
        }
    }
}
