namespace ApprenantAgile.Workflows.Models;

/// <summary>An instance of a <see cref="WorkflowType"/>: a row of the Workflows table.</summary>
public sealed class Workflow
{
    public string WorkflowId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public WorkflowStatus Status { get; set; }

    public WorkflowState State { get; set; } = new();

    /// <summary>Ties the instance to a business object (such as a badge application id); "" when none.</summary>
    public string CorrelationId { get; set; } = "";

    /// <summary>Why the instance faulted: the activity id and the exception message. Null otherwise.</summary>
    public string? FaultMessage { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    /// <summary>Concurrency token, incremented on each save.</summary>
    public int Version { get; set; }

    public List<BlockingActivity> BlockingActivities { get; set; } = [];
}
