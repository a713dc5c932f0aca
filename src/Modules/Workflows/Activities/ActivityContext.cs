using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>An activity record of the running type, with the activity instance made for it.</summary>
public sealed class ActivityContext(ActivityRecord record, IActivity activity, JsonObject state)
{
    public ActivityRecord Record { get; } = record;

    public IActivity Activity { get; } = activity;

    public string ActivityId => Record.ActivityId;

    /// <summary>Data of this activity kept across halts, such as a timer's due time.</summary>
    public JsonObject State { get; } = state;
}
