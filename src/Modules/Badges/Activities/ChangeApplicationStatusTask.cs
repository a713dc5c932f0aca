using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Activities;

/// <summary>
/// Sets the application's status to <see cref="Status"/>, and copies it to
/// <c>Properties.ApplicationStatus</c> so that conditions (such as the reminder's) can test it.
/// Approved is set by <see cref="IssueBadgeForApplicationTask"/> only, once a badge exists.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class ChangeApplicationStatusTask(
    IStringLocalizer<ChangeApplicationStatusTask> localizer,
    BadgeApplicationStore store,
    TimeProvider clock) : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";
    public const string StatusProperty = "ApplicationStatus";

    private static readonly BadgeApplicationStatus[] SettableStatuses =
        [BadgeApplicationStatus.Submitted, BadgeApplicationStatus.InReview, BadgeApplicationStatus.ChangesRequested, BadgeApplicationStatus.Refused];

    public override LocalizedString DisplayText => Localizer["Change the application's status"];

    public string Status
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
        [new(nameof(Status), ActivitySettingKind.Choice, Localizer["New status"], IsRequired: true, SettableStatuses.Select(s => s.ToString()).ToList())];

    public override IEnumerable<Outcome> GetPossibleOutcomes() => [new(DoneOutcome, Localizer["Done"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        if (ParseStatus() is null)
        {
            yield return new(nameof(Status), Localizer["The status \"{0}\" is not one this activity can set. Choose one of: {1}.",
                Status, string.Join(", ", SettableStatuses)]);
        }
    }

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var status = ParseStatus() ?? throw new InvalidOperationException(
            $"The status '{Status}' is not one ChangeApplicationStatusTask can set. Edit the activity and choose one of: {string.Join(", ", SettableStatuses)}.");
        var application = await store.LoadAsync(workflowContext, cancellationToken);

        application.Status = status;
        application.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        if (status == BadgeApplicationStatus.Refused)
        {
            application.DecidedUtc = application.ModifiedUtc;
        }

        await store.SaveAsync(cancellationToken);
        workflowContext.Properties[StatusProperty] = status.ToString();
        return Outcomes(DoneOutcome);
    }

    private BadgeApplicationStatus? ParseStatus() =>
        Enum.TryParse<BadgeApplicationStatus>(Status, ignoreCase: false, out var status) && SettableStatuses.Contains(status) ? status : null;
}
