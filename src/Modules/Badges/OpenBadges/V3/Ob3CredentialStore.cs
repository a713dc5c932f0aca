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
    /// Inserts <paramref name="credential"/>. Returns true when it was stored, and false when a unique key
    /// rejected it because the assertion already has a credential or the status list index is taken. The
    /// caller tells the two apart by reading again. Any other database error is thrown.
    /// </summary>
    public async Task<bool> TryInsertAsync(Ob3Credential credential, CancellationToken cancellationToken)
    {
        var entry = db.Set<Ob3Credential>().Add(credential);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            return false;
        }
        finally
        {
            // Detach only this row, because other services of the scope, such as a running workflow, still save the entities they track.
            entry.State = EntityState.Detached;
        }
    }
}
