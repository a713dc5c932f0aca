using System.Collections.Concurrent;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>Counts, per workflow instance, how many times a <see cref="CountingTask"/> ran.</summary>
public sealed class SideEffectCounter
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Increment(string workflowId) => _counts.AddOrUpdate(workflowId, 1, (_, count) => count + 1);

    public int CountOf(string workflowId) => _counts.GetValueOrDefault(workflowId);

    public int Total => _counts.Values.Sum();
}

/// <summary>A task whose only effect is to count its runs, so tests can see an activity run twice.</summary>
[Feature(WorkflowsFeatures.Main)]
public sealed class CountingTask(IStringLocalizer<CountingTask> localizer, SideEffectCounter counter) : TaskActivity(localizer)
{
    public override LocalizedString DisplayText => Localizer["Count"];

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new("Done", Localizer["Done"])];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        counter.Increment(workflowContext.WorkflowId);

        // Widens the window in which a second resume of the same instance could slip in.
        await Task.Delay(50, cancellationToken);
        return Outcomes("Done");
    }
}

/// <summary>A task that always throws, to fault its instance.</summary>
[Feature(WorkflowsFeatures.Main)]
public sealed class FaultingTask(IStringLocalizer<FaultingTask> localizer) : TaskActivity(localizer)
{
    public const string ErrorMessage = "The badge issuer key ring is locked";

    public override LocalizedString DisplayText => Localizer["Fault"];

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new("Done", Localizer["Done"])];

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(ErrorMessage);
}
