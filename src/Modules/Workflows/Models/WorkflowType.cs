using System.Text.Json.Serialization;

namespace ApprenantAgile.Workflows.Models;

/// <summary>
/// A workflow definition of one tenant: activities joined by transitions, as the editor and the
/// "WorkflowType" recipe step describe it. Stored as a row of the WorkflowTypes table.
/// </summary>
public sealed class WorkflowType
{
    public string WorkflowTypeId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Only enabled types start new instances; halted instances of a disabled type still resume.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>At most one instance that is not finished, faulted or aborted exists at a time.</summary>
    public bool IsSingleton { get; set; }

    /// <summary>Deletes an instance as soon as it finishes, to keep the instances table small.</summary>
    public bool DeleteFinishedWorkflows { get; set; }

    public List<ActivityRecord> Activities { get; set; } = [];

    public List<Transition> Transitions { get; set; } = [];

    [JsonIgnore]
    public DateTime ModifiedUtc { get; set; }

    /// <summary>Concurrency token: a save against an older version fails.</summary>
    [JsonIgnore]
    public int Version { get; set; }

    /// <summary>Index rows of the start activities, rebuilt from <see cref="Activities"/> on each save.</summary>
    [JsonIgnore]
    public List<WorkflowTypeStartActivity> StartActivities { get; set; } = [];

    public ActivityRecord? FindActivity(string activityId) =>
        Activities.FirstOrDefault(a => string.Equals(a.ActivityId, activityId, StringComparison.Ordinal));
}
