using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>
/// An activity that waits for something to happen. Reached by a transition, it halts the
/// instance; triggered (as a start activity or as a blocking one), it resumes and returns its outcomes.
/// </summary>
public abstract class EventActivity : ActivityBase
{
    public const string DoneOutcome = "Done";

    protected EventActivity(IStringLocalizer localizer)
    {
        Localizer = localizer;
    }

    protected IStringLocalizer Localizer { get; }

    public override LocalizedString Category => Localizer["Events"];

    /// <summary>False for events that nothing triggers from outside an instance, such as a timer.</summary>
    public virtual bool CanStartWorkflow => true;

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new(DoneOutcome, Localizer["Done"])];

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken) =>
        Task.FromResult(Halt());

    public override Task<ActivityExecutionResult> ResumeAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken) =>
        Task.FromResult(Outcomes(DoneOutcome));
}
