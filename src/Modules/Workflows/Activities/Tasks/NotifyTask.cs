using ApprenantAgile.Platform.Data;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using ApprenantAgile.Workflows.Notifications;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>
/// Stores an on-screen message (rendered Liquid) for the user named by <see cref="UserName"/>,
/// or for the administrators when it renders empty. The admin shows them from the notifications API.
/// </summary>
public sealed class NotifyTask(
    IStringLocalizer<NotifyTask> localizer,
    IWorkflowExpressionEvaluator expressions,
    TenantDbContext db,
    TimeProvider clock) : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";

    public override LocalizedString DisplayText => Localizer["Notify"];

    public NotificationLevel Level
    {
        get => GetProperty(NotificationLevel.Information);
        set => SetProperty(value);
    }

    public string Message
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public string UserName
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
    [
        new(nameof(Level), ActivitySettingKind.Choice, Localizer["Level"], Choices: Enum.GetNames<NotificationLevel>()),
        new(nameof(Message), ActivitySettingKind.Liquid, Localizer["Message"], IsRequired: true),
        new(nameof(UserName), ActivitySettingKind.Liquid, Localizer["User name (empty for the administrators)"]),
    ];

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new(DoneOutcome, Localizer["Done"])];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var userName = (await expressions.RenderAsync(UserName, workflowContext, cancellationToken: cancellationToken)).Trim();
        db.Add(new WorkflowNotification
        {
            WorkflowId = workflowContext.WorkflowId,
            UserName = userName.Length == 0 ? null : userName,
            Level = Level.ToString(),
            Message = await expressions.RenderAsync(Message, workflowContext, cancellationToken: cancellationToken),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });

        // Saved with the instance after this step, in the same SaveChanges.
        return Outcomes(DoneOutcome);
    }
}
