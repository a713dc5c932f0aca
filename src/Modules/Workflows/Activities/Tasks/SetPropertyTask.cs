using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>Sets <c>Properties.{PropertyName}</c> of the instance to the rendered Liquid <see cref="Value"/> (a string).</summary>
public sealed class SetPropertyTask(IStringLocalizer<SetPropertyTask> localizer, IWorkflowExpressionEvaluator expressions) : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";

    public override LocalizedString DisplayText => Localizer["Set property"];

    public string PropertyName
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public string Value
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
    [
        new(nameof(PropertyName), ActivitySettingKind.Text, Localizer["Property name"], IsRequired: true),
        new(nameof(Value), ActivitySettingKind.Liquid, Localizer["Value"]),
    ];

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new(DoneOutcome, Localizer["Done"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        if (string.IsNullOrWhiteSpace(PropertyName))
        {
            yield return new(nameof(PropertyName), Localizer["The property name is missing. Enter the name that later activities read as Properties.Name."]);
        }
    }

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        workflowContext.Properties[PropertyName] = await expressions.RenderAsync(Value, workflowContext, cancellationToken: cancellationToken);
        return Outcomes(DoneOutcome);
    }
}
