using ApprenantAgile.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>Reads and writes the current tenant's <see cref="Ob3Credential"/> rows.</summary>
public sealed class Ob3CredentialStore(TenantDbContext db)
{
    private IQueryable<Ob3Credential> Credentials => db.Set<Ob3Credential>().AsNoTracking();

    public Task<Ob3Credential?> FindAsync(string assertionId, CancellationToken cancellationToken) =>
        Credentials.FirstOrDefaultAsync(c => c.AssertionId == assertionId, cancellationToken);

    public Task<bool> IsStatusListIndexTakenAsync(int index, CancellationToken cancellationToken) =>
        Credentials.AnyAsync(c => c.StatusListIndex == index, cancellationToken);

    /// <summary>Returns the status list indexes of the credentials of <paramref name="assertionIds"/>.</summary>
    public Task<List<int>> ListStatusListIndexesAsync(IReadOnlyCollection<string> assertionIds, CancellationToken cancellationToken) =>
        Credentials.Where(c => assertionIds.Contains(c.AssertionId)).Select(c => c.StatusListIndex).ToListAsync(cancellationToken);

    /// <summary>
    /// Inserts <paramref name="credential"/>. Returns true when it was stored, false when the database
    /// rejected the insert: normally because the assertion already has a credential or the status list
    /// index is taken, which the caller checks by reading again.
    /// </summary>
    public async Task<bool> TryInsertAsync(Ob3Credential credential, CancellationToken cancellationToken)
    {
        db.Set<Ob3Credential>().Add(credential);
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
}
