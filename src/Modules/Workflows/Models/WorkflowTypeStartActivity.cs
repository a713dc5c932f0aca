namespace ApprenantAgile.Workflows.Models;

/// <summary>
/// Index row: workflow type <see cref="WorkflowTypeId"/> starts on event <see cref="ActivityName"/>.
/// Lets a trigger find the types to start with one query instead of reading every type.
/// </summary>
public sealed class WorkflowTypeStartActivity
{
    public long Id { get; set; }

    public string WorkflowTypeId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string ActivityName { get; set; } = "";
}
