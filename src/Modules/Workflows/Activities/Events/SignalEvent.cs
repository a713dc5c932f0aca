using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>
/// Waits for an HTTP signal: <c>POST /workflows/signal/{token}</c>, where the token protects the
/// instance id and <see cref="SignalName"/> (see <c>SignalTokenService</c>). The name matches case-insensitively.
/// </summary>
[Feature(WorkflowsFeatures.Http)]
public sealed class SignalEvent(IStringLocalizer<SignalEvent> localizer) : EventActivity(localizer)
{
    /// <summary>The input key that carries the received signal's name.</summary>
    public const string SignalInputKey = "Signal";

    public override LocalizedString DisplayText => Localizer["Signal"];

    public string SignalName
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
        [new(nameof(SignalName), ActivitySettingKind.Text, Localizer["Signal name"], IsRequired: true)];

    public override IEnumerable<ActivitySettingError> ValidateSettings()
    {
        if (string.IsNullOrWhiteSpace(SignalName))
        {
            yield return new(nameof(SignalName), Localizer["The signal name is missing. Enter the name that the signal URL carries."]);
        }
    }

    public override Task<bool> CanExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var signal = workflowContext.Input[SignalInputKey]?.GetValue<string>();
        return Task.FromResult(string.Equals(signal, SignalName, StringComparison.OrdinalIgnoreCase));
    }
}
