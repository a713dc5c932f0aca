using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Models;

/// <summary>
/// The data of a workflow instance, stored as one JSON column: what triggers passed in, what
/// activities wrote, and the history. JSON values only, so nothing but data reaches Liquid.
/// </summary>
public sealed class WorkflowState
{
    /// <summary>The inputs of the start and of every resume, merged (a later key overwrites an earlier one).</summary>
    public JsonObject Input { get; set; } = [];

    /// <summary>Values set by activities such as SetPropertyTask.</summary>
    public JsonObject Properties { get; set; } = [];

    public JsonObject Output { get; set; } = [];

    /// <summary>The value the last activity returned, such as an e-mail error message.</summary>
    public JsonNode? LastResult { get; set; }

    public List<ExecutedActivity> ExecutedActivities { get; set; } = [];

    /// <summary>Per-activity data that must survive a halt, such as a timer's due time, keyed by activity id.</summary>
    public Dictionary<string, JsonObject> ActivityStates { get; set; } = new(StringComparer.Ordinal);
}
