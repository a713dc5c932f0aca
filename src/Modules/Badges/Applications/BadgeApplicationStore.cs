using ApprenantAgile.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Badges.Applications;

/// <summary>Reads and writes the current tenant's badge applications with their evidence and thread.</summary>
public sealed class BadgeApplicationStore(TenantDbContext db)
{
    /// <summary>Loads an application with its evidence and its thread (oldest entry first), tracked for changes.</summary>
    public async Task<BadgeApplication?> GetAsync(string applicationId, CancellationToken cancellationToken = default)
    {
        // A copy tracked by an earlier read of this scope may be stale: a workflow run may have changed the row since.
        foreach (var entry in db.ChangeTracker.Entries<BadgeApplication>().Where(e => e.Entity.Id == applicationId).ToList())
        {
            entry.State = EntityState.Detached;
        }

        var application = await db.Set<BadgeApplication>()
            .Include(a => a.Evidence)
            .Include(a => a.Thread)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is not null)
        {
            application.Evidence.Sort((x, y) => x.CreatedUtc.CompareTo(y.CreatedUtc));
            application.Thread.Sort((x, y) => x.Id.CompareTo(y.Id));
        }

        return application;
    }

    /// <summary>Returns a learner's applications, most recently changed first, without evidence or thread.</summary>
    public async Task<IReadOnlyList<BadgeApplication>> ListByApplicantAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Set<BadgeApplication>().AsNoTracking()
            .Where(a => a.ApplicantUserId == userId)
            .OrderByDescending(a => a.ModifiedUtc)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Returns the applications in one of <paramref name="statuses"/> that are on the page starting at
    /// <paramref name="skip"/>, the longest waiting first, with their evidence, and the number on all pages.
    /// </summary>
    public async Task<(IReadOnlyList<BadgeApplication> Page, int TotalCount)> ListByStatusAsync(
        IReadOnlyCollection<BadgeApplicationStatus> statuses, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Set<BadgeApplication>().AsNoTracking().Where(a => statuses.Contains(a.Status));
        var total = await query.CountAsync(cancellationToken);

        // The id breaks ties between applications sent in the same instant, so that no row shows on two pages.
        var page = await query
            .OrderBy(a => a.SubmittedUtc)
            .ThenBy(a => a.Id)
            .Skip(skip)
            .Take(take)
            .Include(a => a.Evidence)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (page, total);
    }

    public async Task AddAsync(BadgeApplication application, CancellationToken cancellationToken = default)
    {
        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves the changes made to a loaded application, including added or removed evidence and thread entries.</summary>
    public Task SaveAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Appends an entry to an application's thread without loading the application.</summary>
    public async Task AddThreadEntryAsync(ApplicationThreadEntry entry, CancellationToken cancellationToken = default)
    {
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
