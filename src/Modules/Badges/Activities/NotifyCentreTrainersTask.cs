using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Activities.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Activities;

/// <summary>
/// E-mails every enabled user of the tenant in the Formateur role, one message each so that no
/// trainer receives the others' addresses. The applicant is left out when they are a trainer too.
/// Subject and body are Liquid. "Failed" carries the errors in LastResult.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class NotifyCentreTrainersTask(
    IStringLocalizer<NotifyCentreTrainersTask> localizer,
    UserManager<User> users,
    WorkflowEmailSender sender,
    ILogger<NotifyCentreTrainersTask> logger) : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";
    public const string FailedOutcome = "Failed";

    public override LocalizedString DisplayText => Localizer["E-mail the centre's trainers"];

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
        new(nameof(Subject), ActivitySettingKind.Liquid, Localizer["Subject"], IsRequired: true),
        new(nameof(Body), ActivitySettingKind.Liquid, Localizer["Body (plain text)"]),
    ];

    public override IEnumerable<Outcome> GetPossibleOutcomes() =>
        [new(DoneOutcome, Localizer["Done"]), new(FailedOutcome, Localizer["Failed"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        if (string.IsNullOrWhiteSpace(Subject))
        {
            yield return new(nameof(Subject), Localizer["The subject is missing."]);
        }
    }

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var applicantId = workflowContext.InputString(ApplicationWorkflowInput.ApplicantUserId);
        var trainers = (await users.GetUsersInRoleAsync(StandardRoles.Formateur))
            .Where(u => u.IsEnabled && !string.IsNullOrWhiteSpace(u.Email) && u.Id != applicantId)
            .ToList();
        if (trainers.Count == 0)
        {
            logger.LogWarning("Workflow {WorkflowId} activity {ActivityId}: the tenant has no enabled trainer with an e-mail address, so no e-mail was sent",
                workflowContext.WorkflowId, activityContext.ActivityId);
            return Outcomes(DoneOutcome);
        }

        IReadOnlyList<IReadOnlyList<string>> oneMessageEach = trainers.Select(t => (IReadOnlyList<string>)[t.Email!]).ToList();
        var sent = await sender.SendAsync(workflowContext, activityContext, Subject, Body, _ => Task.FromResult(oneMessageEach), cancellationToken);
        return Outcomes(sent ? DoneOutcome : FailedOutcome);
    }
}
