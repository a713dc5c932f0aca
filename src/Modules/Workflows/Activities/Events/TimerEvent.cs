using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Timers;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>
/// Halts until a delay has passed or, when <see cref="Cron"/> is set, until the next time the cron
/// schedule matches (UTC). The timer processor resumes it once it is due.
/// </summary>
public sealed class TimerEvent(IStringLocalizer<TimerEvent> localizer, TimeProvider clock) : EventActivity(localizer)
{
    private const string DueUtcStateKey = "DueUtc";

    public override LocalizedString DisplayText => Localizer["Timer"];

    /// <summary>Nothing outside an instance triggers a timer, so it cannot start one.</summary>
    public override bool CanStartWorkflow => false;

    public int Delay
    {
        get => GetProperty(0);
        set => SetProperty(value);
    }

    public TimerDelayUnit DelayUnit
    {
        get => GetProperty(TimerDelayUnit.Hours);
        set => SetProperty(value);
    }

    /// <summary>A five-field cron expression; when set, it replaces <see cref="Delay"/>.</summary>
    public string Cron
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
    [
        new(nameof(Delay), ActivitySettingKind.Number, Localizer["Delay"]),
        new(nameof(DelayUnit), ActivitySettingKind.Choice, Localizer["Delay unit"], Choices: Enum.GetNames<TimerDelayUnit>()),
        new(nameof(Cron), ActivitySettingKind.Text, Localizer["Cron schedule (minute hour day month weekday), replaces the delay"]),
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        if (Cron.Length > 0)
        {
            string? error = null;
            try
            {
                CronSchedule.Parse(Cron);
            }
            catch (FormatException ex)
            {
                error = ex.Message;
            }

            if (error is not null)
            {
                yield return new(nameof(Cron), Localizer["The cron schedule \"{0}\" is invalid: {1}", Cron, error]);
            }
        }
        else if (Delay <= 0)
        {
            yield return new(nameof(Delay), Localizer["The delay must be a whole number greater than 0, or a cron schedule must be set."]);
        }
    }

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = Cron.Length > 0 ? CronSchedule.Parse(Cron).NextOccurrence(now) : now + DelaySpan();
        activityContext.State[DueUtcStateKey] = due;
        return Task.FromResult(ActivityExecutionResult.HaltUntil(due));
    }

    public override Task<bool> CanExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var due = activityContext.State[DueUtcStateKey]?.GetValue<DateTime>();
        return Task.FromResult(due is not null && clock.GetUtcNow().UtcDateTime >= due.Value);
    }

    private TimeSpan DelaySpan() => DelayUnit switch
    {
        TimerDelayUnit.Minutes => TimeSpan.FromMinutes(Delay),
        TimerDelayUnit.Days => TimeSpan.FromDays(Delay),
        _ => TimeSpan.FromHours(Delay),
    };
}
