namespace ApprenantAgile.Workflows.Models;

/// <summary>
/// Index row of the WorkflowBlockingActivities table: instance <see cref="WorkflowId"/> is halted on
/// event <see cref="Name"/>. The correlation id is copied from the instance so that "instances halted
/// on event X with correlation C" is one indexed query.
/// </summary>
public sealed class BlockingActivity
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    /// <summary>The activity kind, such as "UserTaskEvent".</summary>
    public string Name { get; set; } = "";

    public bool IsStart { get; set; }

    /// <summary>The instance's correlation id, or "" when it has none.</summary>
    public string CorrelationId { get; set; } = "";

    /// <summary>When a timer is due (UTC); null for events that wait for a trigger.</summary>
    public DateTime? DueUtc { get; set; }
}
