using ApprenantAgile.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>Reads and writes the current tenant's <see cref="AssertionIndex"/> rows.</summary>
public sealed class AssertionStore(TenantDbContext db)
{
    private IQueryable<AssertionIndex> Assertions => db.Set<AssertionIndex>().AsNoTracking();

    public Task<AssertionIndex?> FindAsync(string assertionId, CancellationToken cancellationToken) =>
        Assertions.FirstOrDefaultAsync(a => a.AssertionId == assertionId, cancellationToken);

    public Task<AssertionIndex?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken) =>
        Assertions.FirstOrDefaultAsync(a => a.SourceKey == sourceKey, cancellationToken);

    /// <summary>Returns the badge class snapshot of any assertion issued under <paramref name="catalogueVersion"/>, or null.</summary>
    public Task<string?> FindSnapshotAsync(string badgeClassId, string catalogueVersion, CancellationToken cancellationToken) =>
        Assertions.Where(a => a.BadgeClassId == badgeClassId && a.CatalogueVersion == catalogueVersion)
            .Select(a => a.BadgeClassSnapshotJson)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<List<AssertionIndex>> ListByRecipientLookupAsync(string recipientLookup, CancellationToken cancellationToken) =>
        Assertions.Where(a => a.RecipientLookup == recipientLookup)
            .OrderByDescending(a => a.IssuedUtc)
            .ToListAsync(cancellationToken);

    public Task<List<AssertionIndex>> ListRevokedAsync(CancellationToken cancellationToken) =>
        Assertions.Where(a => a.Status == AssertionStatus.Revoked)
            .OrderBy(a => a.RevokedUtc)
            .ToListAsync(cancellationToken);

    /// <summary>Returns one page of assertions, newest first, and the total count matching <paramref name="filter"/>.</summary>
    public async Task<(IReadOnlyList<AssertionIndex> Page, int Total)> SearchAsync(AssertionFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var query = Assertions;
        if (!string.IsNullOrEmpty(filter.BadgeClassId))
        {
            query = query.Where(a => a.BadgeClassId == filter.BadgeClassId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.IssuedFromUtc is { } from)
        {
            query = query.Where(a => a.IssuedUtc >= from);
        }

        if (filter.IssuedBeforeUtc is { } before)
        {
            query = query.Where(a => a.IssuedUtc < before);
        }

        if (!string.IsNullOrEmpty(filter.RecipientLookup))
        {
            query = query.Where(a => a.RecipientLookup == filter.RecipientLookup);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(a => a.IssuedUtc).ThenBy(a => a.AssertionId).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page, total);
    }

    /// <summary>
    /// Inserts <paramref name="assertion"/>. Returns false when another assertion already has its
    /// source key (the unique index rejected the insert), true when it was stored.
    /// </summary>
    public async Task<bool> TryInsertAsync(AssertionIndex assertion, CancellationToken cancellationToken)
    {
        db.Set<AssertionIndex>().Add(assertion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(assertion).State = EntityState.Detached;
            if (await FindBySourceKeyAsync(assertion.SourceKey, cancellationToken) is not null)
            {
                return false;
            }

            throw;
        }
        finally
        {
            // Detach only what this insert added: clearing the whole tracker would also detach the entities
            // that other services of the scope still save, such as the workflow instance that runs the issuing.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added || ReferenceEquals(e.Entity, assertion)).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>Marks the assertion revoked with <paramref name="reason"/>; returns false when it does not exist or is already revoked.</summary>
    public async Task<bool> RevokeAsync(string assertionId, string reason, DateTime revokedUtc, CancellationToken cancellationToken)
    {
        var updated = await db.Set<AssertionIndex>()
            .Where(a => a.AssertionId == assertionId && a.Status == AssertionStatus.Issued)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(a => a.Status, AssertionStatus.Revoked)
                .SetProperty(a => a.RevocationReason, reason)
                .SetProperty(a => a.RevokedUtc, revokedUtc), cancellationToken);
        return updated == 1;
    }
}
