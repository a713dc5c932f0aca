using ApprenantAgile.Platform.Data;
using ApprenantAgile.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>Instance counts of one workflow type, for the list of types.</summary>
public sealed record WorkflowInstanceCounts(int Total, int Running, int Faulted)
{
    public static WorkflowInstanceCounts None { get; } = new(0, 0, 0);
}

/// <summary>Counts the current tenant's workflow instances per type and status, in one grouped query.</summary>
public sealed class WorkflowInstanceCounter(TenantDbContext db)
{
    public async Task<IReadOnlyDictionary<string, WorkflowInstanceCounts>> CountByTypeAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Workflow>()
            .GroupBy(w => new { w.WorkflowTypeId, w.Status })
            .Select(g => new { g.Key.WorkflowTypeId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return rows
            .GroupBy(r => r.WorkflowTypeId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new WorkflowInstanceCounts(
                    g.Sum(r => r.Count),
                    g.Where(r => r.Status is WorkflowStatus.Idle or WorkflowStatus.Executing or WorkflowStatus.Halted).Sum(r => r.Count),
                    g.Where(r => r.Status == WorkflowStatus.Faulted).Sum(r => r.Count)),
                StringComparer.Ordinal);
    }
}
