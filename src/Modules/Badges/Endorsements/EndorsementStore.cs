using ApprenantAgile.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>Reads and writes the current tenant's <see cref="Endorsement"/> rows (the national tenant's, in practice).</summary>
public sealed class EndorsementStore(TenantDbContext db)
{
    private IQueryable<Endorsement> Endorsements => db.Set<Endorsement>().AsNoTracking();

    public Task<Endorsement?> FindAsync(string id, CancellationToken cancellationToken) =>
        Endorsements.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Returns every endorsement, withdrawn ones included, newest first.</summary>
    public async Task<List<Endorsement>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await Endorsements.ToListAsync(cancellationToken);
        return all.OrderByDescending(e => e.CreatedUtc).ToList();
    }

    /// <summary>Returns the endorsements of <paramref name="centreTenant"/> that are not withdrawn, oldest first.</summary>
    public async Task<List<Endorsement>> ListActiveAsync(string centreTenant, CancellationToken cancellationToken)
    {
        var active = await Endorsements.Where(e => e.CentreTenant == centreTenant && e.WithdrawnUtc == null).ToListAsync(cancellationToken);
        return active.OrderBy(e => e.CreatedUtc).ToList();
    }

    public Task<List<int>> ListWithdrawnStatusListIndexesAsync(CancellationToken cancellationToken) =>
        Endorsements.Where(e => e.WithdrawnUtc != null).Select(e => e.StatusListIndex).ToListAsync(cancellationToken);

    public Task<bool> IsStatusListIndexTakenAsync(int index, CancellationToken cancellationToken) =>
        Endorsements.AnyAsync(e => e.StatusListIndex == index, cancellationToken);

    /// <summary>
    /// Inserts <paramref name="endorsement"/>. Returns false when the database rejected the insert, normally
    /// because another endorsement took the same status list index in the meantime.
    /// </summary>
    public async Task<bool> TryInsertAsync(Endorsement endorsement, CancellationToken cancellationToken)
    {
        db.Set<Endorsement>().Add(endorsement);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Sets the withdrawal time of an endorsement that is not withdrawn yet; returns its centre's tenant name, or null when there is none.</summary>
    public async Task<string?> MarkWithdrawnAsync(string id, DateTime withdrawnUtc, CancellationToken cancellationToken)
    {
        var endorsement = await db.Set<Endorsement>().FirstOrDefaultAsync(e => e.Id == id && e.WithdrawnUtc == null, cancellationToken);
        if (endorsement is null)
        {
            return null;
        }

        endorsement.WithdrawnUtc = withdrawnUtc;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return endorsement.CentreTenant;
    }
}
