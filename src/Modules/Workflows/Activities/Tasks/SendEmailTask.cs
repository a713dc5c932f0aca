using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>
/// Sends an e-mail through <see cref="WorkflowEmailSender"/>. Recipients, subject and body are Liquid;
/// recipients are separated by commas or semicolons. "Failed" carries the error in LastResult.
/// </summary>
public sealed class SendEmailTask(
    IStringLocalizer<SendEmailTask> localizer,
    IWorkflowExpressionEvaluator expressions,
    WorkflowEmailSender sender) : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";
    public const string FailedOutcome = "Failed";

    public override LocalizedString DisplayText => Localizer["Send e-mail"];

    public string Recipients
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public string Subject
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public string Body
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
    [
        new(nameof(Recipients), ActivitySettingKind.Liquid, Localizer["Recipients (separated by commas)"], IsRequired: true),
        new(nameof(Subject), ActivitySettingKind.Liquid, Localizer["Subject"], IsRequired: true),
        new(nameof(Body), ActivitySettingKind.Liquid, Localizer["Body (plain text)"]),
    ];

    public override IEnumerable<Outcome> GetPossibleOutcomes() =>
        [new(DoneOutcome, Localizer["Done"]), new(FailedOutcome, Localizer["Failed"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        if (string.IsNullOrWhiteSpace(Recipients))
        {
            yield return new(nameof(Recipients), Localizer["The recipients are missing. Enter at least one address or a Liquid expression that gives one."]);
        }

        if (string.IsNullOrWhiteSpace(Subject))
        {
            yield return new(nameof(Subject), Localizer["The subject is missing."]);
        }
    }

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var sent = await sender.SendAsync(workflowContext, activityContext, Subject, Body, async token =>
        {
            var recipients = await expressions.RenderAsync(Recipients, workflowContext, cancellationToken: token);
            return [recipients.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }, cancellationToken);

        return Outcomes(sent ? DoneOutcome : FailedOutcome);
    }
}
