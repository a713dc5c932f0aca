using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Portfolio.Pages;

/// <summary>
/// Reads and writes the current tenant's portfolio pages. An update or delete fires the tenant's
/// <see cref="TenantCacheSignal"/>, so a cached public page never outlives its edit. A new page needs no
/// signal: nothing was cached at its address.
/// </summary>
public sealed class PortfolioPageStore(TenantDbContext db, TenantCacheSignal cacheSignal, ITenantAccessor tenantAccessor)
{
    private IQueryable<PortfolioPage> Pages => db.Set<PortfolioPage>().AsNoTracking();

    public Task<PortfolioPage?> FindAsync(string pageId, CancellationToken cancellationToken) =>
        Pages.FirstOrDefaultAsync(p => p.Id == pageId, cancellationToken);

    public Task<PortfolioPage?> FindByShareTokenAsync(string token, CancellationToken cancellationToken) =>
        Pages.FirstOrDefaultAsync(p => p.ShareToken == token, cancellationToken);

    /// <summary>Returns the user's pages, most recently changed first.</summary>
    public Task<List<PortfolioPage>> ListByOwnerAsync(string userId, CancellationToken cancellationToken) =>
        Pages.Where(p => p.OwnerUserId == userId)
            .OrderByDescending(p => p.ModifiedUtc)
            .ToListAsync(cancellationToken);

    public async Task AddAsync(PortfolioPage page, CancellationToken cancellationToken)
    {
        db.Add(page);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task UpdateAsync(PortfolioPage page, CancellationToken cancellationToken)
    {
        db.Update(page);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        cacheSignal.Signal(tenantAccessor.Current.Name);
    }

    /// <summary>Deletes the page when <paramref name="userId"/> owns it; returns false otherwise.</summary>
    public async Task<bool> DeleteAsync(string pageId, string userId, CancellationToken cancellationToken)
    {
        var deleted = await db.Set<PortfolioPage>()
            .Where(p => p.Id == pageId && p.OwnerUserId == userId)
            .ExecuteDeleteAsync(cancellationToken) == 1;
        if (deleted)
        {
            cacheSignal.Signal(tenantAccessor.Current.Name);
        }

        return deleted;
    }
}
