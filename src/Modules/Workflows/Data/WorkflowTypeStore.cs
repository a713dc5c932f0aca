using ApprenantAgile.Platform.Data;
using ApprenantAgile.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Workflows.Data;

/// <summary>Keeps workflow types in the WorkflowTypes table and their start activities in an index table.</summary>
public sealed class WorkflowTypeStore(TenantDbContext db, TimeProvider clock) : IWorkflowTypeStore
{
    public Task<WorkflowType?> GetAsync(string workflowTypeId, CancellationToken cancellationToken = default) =>
        db.Set<WorkflowType>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId, cancellationToken);

    public async Task<IReadOnlyList<WorkflowType>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<WorkflowType>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkflowType>> ListStartableAsync(string activityName, CancellationToken cancellationToken = default)
    {
        var typeIds = db.Set<WorkflowTypeStartActivity>()
            .Where(s => s.ActivityName == activityName)
            .Select(s => s.WorkflowTypeId);

        return await db.Set<WorkflowType>().AsNoTracking()
            .Where(t => t.IsEnabled && typeIds.Contains(t.WorkflowTypeId))
            .ToListAsync(cancellationToken);
    }

    public async Task SaveAsync(WorkflowType workflowType, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<WorkflowType>()
            .Include(t => t.StartActivities)
            .FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowType.WorkflowTypeId, cancellationToken);

        if (stored is null)
        {
            stored = new WorkflowType { WorkflowTypeId = workflowType.WorkflowTypeId };
            db.Add(stored);
        }

        stored.Name = workflowType.Name;
        stored.IsEnabled = workflowType.IsEnabled;
        stored.IsSingleton = workflowType.IsSingleton;
        stored.DeleteFinishedWorkflows = workflowType.DeleteFinishedWorkflows;
        stored.Activities = workflowType.Activities;
        stored.Transitions = workflowType.Transitions;
        stored.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        stored.Version++;

        stored.StartActivities.Clear();
        stored.StartActivities.AddRange(workflowType.Activities
            .Where(a => a.IsStart)
            .Select(a => new WorkflowTypeStartActivity
            {
                WorkflowTypeId = workflowType.WorkflowTypeId,
                ActivityId = a.ActivityId,
                ActivityName = a.Name,
            }));

        await db.SaveChangesAsync(cancellationToken);
        db.Entry(stored).State = EntityState.Detached;
    }

    public async Task<bool> DeleteAsync(string workflowTypeId, CancellationToken cancellationToken = default)
    {
        await db.Set<WorkflowTypeStartActivity>()
            .Where(s => s.WorkflowTypeId == workflowTypeId)
            .ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Set<WorkflowType>()
            .Where(t => t.WorkflowTypeId == workflowTypeId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted > 0;
    }
}
