using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>Writes the rendered Liquid <see cref="Text"/> to the application log at <see cref="Level"/>.</summary>
public sealed class LogTask(IStringLocalizer<LogTask> localizer, IWorkflowExpressionEvaluator expressions, ILogger<LogTask> logger)
    : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";

    public override LocalizedString DisplayText => Localizer["Log"];

    public LogLevel Level
    {
        get => GetProperty(LogLevel.Information);
        set => SetProperty(value);
    }

    public string Text
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
    [
        new(nameof(Level), ActivitySettingKind.Choice, Localizer["Level"], Choices: Enum.GetNames<LogLevel>()),
        new(nameof(Text), ActivitySettingKind.Liquid, Localizer["Text"], IsRequired: true),
    ];

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new(DoneOutcome, Localizer["Done"])];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var text = await expressions.RenderAsync(Text, workflowContext, cancellationToken: cancellationToken);
        logger.Log(Level, "Workflow {WorkflowId} activity {ActivityId}: {LogText}", workflowContext.WorkflowId, activityContext.ActivityId, text);
        return Outcomes(DoneOutcome);
    }
}
