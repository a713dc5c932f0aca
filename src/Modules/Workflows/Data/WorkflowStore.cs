using ApprenantAgile.Platform.Data;
using ApprenantAgile.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Workflows.Data;

/// <summary>Keeps instances in the Workflows table and their blocking activities in WorkflowBlockingActivities.</summary>
public sealed class WorkflowStore(TenantDbContext db, TimeProvider clock) : IWorkflowStore
{
    private static readonly WorkflowStatus[] RunningStatuses = [WorkflowStatus.Idle, WorkflowStatus.Executing, WorkflowStatus.Halted];

    public async Task<Workflow?> LoadAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        // A copy tracked by an earlier load may be stale: another scope may have run the instance since.
        foreach (var entry in db.ChangeTracker.Entries<Workflow>().Where(e => e.Entity.WorkflowId == workflowId).ToList())
        {
            foreach (var blocking in entry.Entity.BlockingActivities)
            {
                db.Entry(blocking).State = EntityState.Detached;
            }

            entry.State = EntityState.Detached;
        }

        return await db.Set<Workflow>()
            .Include(w => w.BlockingActivities)
            .FirstOrDefaultAsync(w => w.WorkflowId == workflowId, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListHaltedOnAsync(string activityName, string correlationId, CancellationToken cancellationToken = default) =>
        await db.Set<BlockingActivity>()
            .Where(b => b.Name == activityName && b.CorrelationId == correlationId)
            .Select(b => b.WorkflowId)
            .Distinct()
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ListDueAsync(string activityName, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await db.Set<BlockingActivity>()
            .Where(b => b.Name == activityName && b.DueUtc != null && b.DueUtc <= nowUtc)
            .Select(b => b.WorkflowId)
            .Distinct()
            .ToListAsync(cancellationToken);

    public Task<bool> HasRunningInstanceAsync(string workflowTypeId, CancellationToken cancellationToken = default) =>
        db.Set<Workflow>().AnyAsync(w => w.WorkflowTypeId == workflowTypeId && RunningStatuses.Contains(w.Status), cancellationToken);

    public async Task<IReadOnlyList<Workflow>> ListAsync(WorkflowQuery query, CancellationToken cancellationToken = default)
    {
        var workflows = db.Set<Workflow>().AsNoTracking().Include(w => w.BlockingActivities).AsQueryable();
        if (query.WorkflowTypeId is not null)
        {
            workflows = workflows.Where(w => w.WorkflowTypeId == query.WorkflowTypeId);
        }

        if (query.Status is { } status)
        {
            workflows = workflows.Where(w => w.Status == status);
        }

        if (query.CorrelationId is not null)
        {
            workflows = workflows.Where(w => w.CorrelationId == query.CorrelationId);
        }

        return await workflows
            .OrderByDescending(w => w.CreatedUtc)
            .ThenBy(w => w.WorkflowId)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 500))
            .ToListAsync(cancellationToken);
    }

    public async Task SaveAsync(Workflow workflow, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        workflow.ModifiedUtc = now;
        foreach (var blocking in workflow.BlockingActivities)
        {
            blocking.WorkflowId = workflow.WorkflowId;
            blocking.WorkflowTypeId = workflow.WorkflowTypeId;
            blocking.CorrelationId = workflow.CorrelationId;
        }

        if (db.Entry(workflow).State == EntityState.Detached)
        {
            workflow.CreatedUtc = now;
            workflow.Version = 1;
            db.Add(workflow);
        }
        else
        {
            workflow.Version++;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(Workflow workflow, CancellationToken cancellationToken = default)
    {
        if (db.Entry(workflow).State != EntityState.Detached)
        {
            db.Remove(workflow);
            await db.SaveChangesAsync(cancellationToken);
        }

        await db.Set<BlockingActivity>().Where(b => b.WorkflowId == workflow.WorkflowId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Workflow>().Where(w => w.WorkflowId == workflow.WorkflowId).ExecuteDeleteAsync(cancellationToken);
    }
}
