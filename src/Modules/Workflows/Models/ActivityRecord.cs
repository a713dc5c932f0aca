using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Models;

/// <summary>
/// One activity placed on a workflow type: its id within the type, its kind (the activity's
/// <c>Name</c>, such as "SendEmailTask"), its position in the editor and its settings.
/// </summary>
public sealed class ActivityRecord
{
    public string ActivityId { get; set; } = "";

    /// <summary>The activity kind, as registered with <c>services.AddActivity&lt;T&gt;()</c>.</summary>
    public string Name { get; set; } = "";

    public int X { get; set; }

    public int Y { get; set; }

    /// <summary>True when a trigger of this event may start a new instance of the type.</summary>
    public bool IsStart { get; set; }

    /// <summary>The activity's settings, read and written by its typed properties.</summary>
    public JsonObject Properties { get; set; } = [];
}
