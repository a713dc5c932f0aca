using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Data;

/// <summary>Reads and writes the current tenant's workflow instances and their blocking activities.</summary>
public interface IWorkflowStore
{
    /// <summary>Reads the instance again from the database, with its blocking activities, ready to be changed and saved.</summary>
    Task<Workflow?> LoadAsync(string workflowId, CancellationToken cancellationToken = default);

    /// <summary>Returns the ids of the instances halted on event <paramref name="activityName"/> with this correlation id ("" for none).</summary>
    Task<IReadOnlyList<string>> ListHaltedOnAsync(string activityName, string correlationId, CancellationToken cancellationToken = default);

    /// <summary>Returns the ids of the instances whose blocking <paramref name="activityName"/> is due at <paramref name="nowUtc"/>.</summary>
    Task<IReadOnlyList<string>> ListDueAsync(string activityName, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Returns true when the type has an instance that is idle, executing or halted.</summary>
    Task<bool> HasRunningInstanceAsync(string workflowTypeId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Workflow>> ListAsync(WorkflowQuery query, CancellationToken cancellationToken = default);

    /// <summary>Inserts or updates the instance. Throws DbUpdateConcurrencyException when another save came first.</summary>
    Task SaveAsync(Workflow workflow, CancellationToken cancellationToken = default);

    Task DeleteAsync(Workflow workflow, CancellationToken cancellationToken = default);
}

/// <summary>Filters of the instances list; null filters match everything.</summary>
public sealed record WorkflowQuery(string? WorkflowTypeId = null, WorkflowStatus? Status = null, string? CorrelationId = null, int Skip = 0, int Take = 50);
