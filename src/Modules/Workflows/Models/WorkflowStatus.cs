namespace ApprenantAgile.Workflows.Models;

/// <summary>Life cycle of a workflow instance. Stored as its integer value: append new members only.</summary>
public enum WorkflowStatus
{
    /// <summary>Created, no activity has run yet.</summary>
    Idle = 0,

    /// <summary>An activity is running; the instance lock is held by the node that runs it.</summary>
    Executing = 1,

    /// <summary>Waiting on at least one blocking event activity.</summary>
    Halted = 2,

    /// <summary>No activity is scheduled or blocking any more.</summary>
    Finished = 3,

    /// <summary>An activity threw an exception. <see cref="Workflow.FaultMessage"/> contains the activity id and the reason.</summary>
    Faulted = 4,

    /// <summary>Stopped by an administrator or by the removal of its type.</summary>
    Aborted = 5,
}
