using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>Sets the instance's correlation id to the rendered Liquid <see cref="Value"/>, so that later triggers with that id reach it.</summary>
public sealed class CorrelateTask(IStringLocalizer<CorrelateTask> localizer, IWorkflowExpressionEvaluator expressions) : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";

    public override LocalizedString DisplayText => Localizer["Correlate"];

    public string Value
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
        [new(nameof(Value), ActivitySettingKind.Liquid, Localizer["Correlation id"], IsRequired: true)];

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new(DoneOutcome, Localizer["Done"])];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        workflowContext.CorrelationId = (await expressions.RenderAsync(Value, workflowContext, cancellationToken: cancellationToken)).Trim();
        return Outcomes(DoneOutcome);
    }
}
