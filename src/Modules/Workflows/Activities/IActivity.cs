using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>
/// An activity kind that workflow types place and the manager runs. An instance is created for
/// each activity record it runs, with <see cref="Properties"/> set to that record's settings.
/// Register one with <c>services.AddActivity&lt;T&gt;()</c>; it belongs to the feature of its class.
/// </summary>
public interface IActivity
{
    /// <summary>The activity kind stored in <c>ActivityRecord.Name</c>: the class name.</summary>
    string Name { get; }

    LocalizedString DisplayText { get; }

    LocalizedString Category { get; }

    /// <summary>The settings of the activity record being run or edited.</summary>
    JsonObject Properties { get; set; }

    /// <summary>Describes the settings for the editor: name, kind, label.</summary>
    IReadOnlyList<ActivitySetting> Settings { get; }

    /// <summary>Returns every outcome the activity can return with its current settings.</summary>
    IEnumerable<Outcome> GetPossibleOutcomes();

    /// <summary>Checks the current settings; each error names the setting that is wrong.</summary>
    IEnumerable<ActivitySettingError> ValidateSettings();

    /// <summary>Decides whether a trigger or resume applies to this activity (for example, the right content type).</summary>
    Task<bool> CanExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken);

    /// <summary>Runs the activity when a transition reaches it.</summary>
    Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken);

    /// <summary>Runs the activity that started or resumed the instance: a start event, or the blocking event that was triggered.</summary>
    Task<ActivityExecutionResult> ResumeAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken);
}
