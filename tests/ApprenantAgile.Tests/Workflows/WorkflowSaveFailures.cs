using ApprenantAgile.Workflows.Models;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>
/// A save interceptor that makes the next saves of one workflow type's instances fail with SQLite's
/// "database is locked" error, as a busy database does, while their status is <see cref="WorkflowStatus.Executing"/>.
/// Saves of other types, and the save that faults the instance, go through.
/// </summary>
public sealed class WorkflowSaveFailures : SaveChangesInterceptor
{
    private const int SqliteBusy = 5;

    private string? _workflowTypeId;
    private string? _afterActivityId;
    private int _remaining;
    private int _thrown;

    /// <summary>How many saves this interceptor made fail.</summary>
    public int Thrown => Volatile.Read(ref _thrown);

    /// <summary>Fails the next <paramref name="count"/> saves of instances of the type that have run <paramref name="afterActivityId"/>.</summary>
    public void FailNextSaves(string workflowTypeId, string afterActivityId, int count)
    {
        _workflowTypeId = workflowTypeId;
        _afterActivityId = afterActivityId;
        Volatile.Write(ref _remaining, count);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var workflows = eventData.Context?.ChangeTracker.Entries<Workflow>().Select(e => e.Entity) ?? [];
        if (workflows.Any(IsTargeted) && Interlocked.Decrement(ref _remaining) >= 0)
        {
            Interlocked.Increment(ref _thrown);
            throw new DbUpdateException("An error occurred while saving the entity changes (injected by the test).",
                new SqliteException("SQLite Error 5: 'database is locked'.", SqliteBusy));
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private bool IsTargeted(Workflow workflow) =>
        workflow.WorkflowTypeId == _workflowTypeId
        && workflow.Status == WorkflowStatus.Executing
        && workflow.State.ExecutedActivities.Any(a => a.ActivityId == _afterActivityId);
}
