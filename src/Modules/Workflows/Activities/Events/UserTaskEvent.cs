using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>
/// Waits for a user to choose one of <see cref="Actions"/>; the chosen action is the outcome. Only
/// users with one of <see cref="Roles"/> may choose (anyone signed in when the list is empty).
/// Resume it with <see cref="UserTaskInput"/>, or through <c>UserTaskService</c>, which explains a refusal.
/// </summary>
public sealed class UserTaskEvent(IStringLocalizer<UserTaskEvent> localizer) : EventActivity(localizer)
{
    public override LocalizedString DisplayText => Localizer["User task"];

    public IReadOnlyList<string> Actions
    {
        get => GetProperty<IReadOnlyList<string>>([]);
        set => SetProperty(value);
    }

    public IReadOnlyList<string> Roles
    {
        get => GetProperty<IReadOnlyList<string>>([]);
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
    [
        new(nameof(Actions), ActivitySettingKind.TextList, Localizer["Actions"], IsRequired: true),
        new(nameof(Roles), ActivitySettingKind.TextList, Localizer["Roles allowed to act (empty for all)"]),
    ];

    public override IEnumerable<Outcome> GetPossibleOutcomes() =>
        Actions.Select(action => new Outcome(action, new LocalizedString(action, action)));

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        if (Actions.Count == 0 || Actions.Any(string.IsNullOrWhiteSpace))
        {
            yield return new(nameof(Actions), Localizer["List at least one action, with no empty name."]);
        }
    }

    /// <summary>Returns true when <paramref name="roles"/> allow a user to act on this task.</summary>
    public bool IsAllowed(IEnumerable<string> roles) =>
        Roles.Count == 0 || roles.Any(role => Roles.Contains(role, StringComparer.OrdinalIgnoreCase));

    public override Task<bool> CanExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var action = workflowContext.Input[UserTaskInput.Action]?.GetValue<string>();
        var roles = (workflowContext.Input[UserTaskInput.Roles] as JsonArray ?? [])
            .Select(r => r?.GetValue<string>() ?? "");
        return Task.FromResult(action is not null && Actions.Contains(action, StringComparer.Ordinal) && IsAllowed(roles));
    }

    public override Task<ActivityExecutionResult> ResumeAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken) =>
        Task.FromResult(Outcomes(workflowContext.Input[UserTaskInput.Action]!.GetValue<string>()));
}
