using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>
/// Base of every activity: the kind is the class name, and typed settings read and write
/// <see cref="Properties"/> under their property name.
/// </summary>
public abstract class ActivityBase : IActivity
{
    public string Name => GetType().Name;

    public abstract LocalizedString DisplayText { get; }

    public abstract LocalizedString Category { get; }

    public JsonObject Properties { get; set; } = [];

    public virtual IReadOnlyList<ActivitySetting> Settings => [];

    public abstract IEnumerable<Outcome> GetPossibleOutcomes();

    public virtual IEnumerable<ActivitySettingError> ValidateSettings() => [];

    public virtual Task<bool> CanExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public abstract Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken);

    public virtual Task<ActivityExecutionResult> ResumeAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken) =>
        ExecuteAsync(workflowContext, activityContext, cancellationToken);

    protected static ActivityExecutionResult Outcomes(params string[] names) => ActivityExecutionResult.FromOutcomes(names);

    protected static ActivityExecutionResult Halt() => ActivityExecutionResult.Halted;

    /// <summary>Reads a setting; a missing or ill-typed value gives <paramref name="defaultValue"/>.</summary>
    protected T GetProperty<T>(T defaultValue, [CallerMemberName] string name = "")
    {
        if (!Properties.TryGetPropertyValue(name, out var node) || node is null)
        {
            return defaultValue;
        }

        try
        {
            return node.Deserialize<T>(WorkflowJson.Options) ?? defaultValue;
        }
        catch (JsonException)
        {
            return defaultValue;
        }
    }

    protected void SetProperty<T>(T value, [CallerMemberName] string name = "") =>
        Properties[name] = JsonSerializer.SerializeToNode(value, WorkflowJson.Options);
}
