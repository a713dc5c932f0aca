using ApprenantAgile.Platform.Email;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>
/// Sends an e-mail through <see cref="ISmtpService"/>. Recipients, subject and body are Liquid;
/// recipients are separated by commas or semicolons. "Failed" carries the error in LastResult.
/// </summary>
public sealed class SendEmailTask(
    IStringLocalizer<SendEmailTask> localizer,
    IWorkflowExpressionEvaluator expressions,
    ISmtpService smtp,
    ILogger<SendEmailTask> logger) : TaskActivity(localizer)
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
        MailMessage message;
        try
        {
            var recipients = await expressions.RenderAsync(Recipients, workflowContext, cancellationToken: cancellationToken);
            message = new MailMessage
            {
                To = recipients.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Subject = (await expressions.RenderAsync(Subject, workflowContext, cancellationToken: cancellationToken)).Trim(),
                Body = await expressions.RenderAsync(Body, workflowContext, cancellationToken: cancellationToken),
            };
        }
        catch (LiquidTemplateException ex)
        {
            return Fail(workflowContext, activityContext, ex.Message);
        }

        var result = await smtp.SendAsync(message, cancellationToken);
        return result.Succeeded ? Outcomes(DoneOutcome) : Fail(workflowContext, activityContext, result.ErrorMessage ?? "");
    }

    private ActivityExecutionResult Fail(WorkflowExecutionContext workflowContext, ActivityContext activityContext, string error)
    {
        logger.LogWarning("Workflow {WorkflowId} activity {ActivityId}: the e-mail was not sent: {Error}",
            workflowContext.WorkflowId, activityContext.ActivityId, error);
        workflowContext.LastResult = error;
        return Outcomes(FailedOutcome);
    }
}
