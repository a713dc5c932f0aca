using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Data;

/// <summary>Reads and writes the current tenant's workflow types.</summary>
public interface IWorkflowTypeStore
{
    Task<WorkflowType?> GetAsync(string workflowTypeId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowType>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the enabled types that have a start activity of kind <paramref name="activityName"/>.</summary>
    Task<IReadOnlyList<WorkflowType>> ListStartableAsync(string activityName, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the type with the same id. Validate it first with <c>WorkflowTypeValidator</c>.</summary>
    Task SaveAsync(WorkflowType workflowType, CancellationToken cancellationToken = default);

    /// <summary>Deletes the type; returns false when no type has this id.</summary>
    Task<bool> DeleteAsync(string workflowTypeId, CancellationToken cancellationToken = default);
}
