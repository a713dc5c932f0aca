using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Conditions;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>
/// Goes to "True" or "False" by a condition of the safe condition language (see <see cref="ConditionParser"/>),
/// such as <c>Properties.Decision == "approve"</c>. A parser rather than a Liquid template so that a
/// bad condition is rejected when the type is saved, with its position.
/// </summary>
public sealed class IfElseTask(IStringLocalizer<IfElseTask> localizer) : TaskActivity(localizer)
{
    public const string TrueOutcome = "True";
    public const string FalseOutcome = "False";

    public override LocalizedString DisplayText => Localizer["If/else"];

    public string Condition
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
        [new(nameof(Condition), ActivitySettingKind.Condition, Localizer["Condition"], IsRequired: true)];

    public override IEnumerable<Outcome> GetPossibleOutcomes() =>
        [new(TrueOutcome, Localizer["True"]), new(FalseOutcome, Localizer["False"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        string? error = null;
        try
        {
            ConditionParser.Parse(Condition);
        }
        catch (ConditionSyntaxException ex)
        {
            error = Localizer["The condition \"{0}\" is invalid at position {1}: {2}.", Condition, ex.Position + 1, ex.Reason];
        }

        return error is null ? [] : [new(nameof(Condition), error)];
    }

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var roots = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["Input"] = workflowContext.Input,
            ["Properties"] = workflowContext.Properties,
            ["Output"] = workflowContext.Output,
            ["LastResult"] = workflowContext.LastResult,
            ["Workflow"] = new JsonObject { ["WorkflowId"] = workflowContext.WorkflowId, ["CorrelationId"] = workflowContext.CorrelationId },
        };

        var result = ConditionEvaluator.Evaluate(ConditionParser.Parse(Condition), roots);
        return Task.FromResult(Outcomes(result ? TrueOutcome : FalseOutcome));
    }
}
