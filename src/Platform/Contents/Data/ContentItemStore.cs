using ApprenantAgile.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Platform.Contents.Data;

/// <summary>
/// Reads and writes rows of the ContentItems table. Rows are read without tracking and written
/// back explicitly, so callers can hold items across requests without EF Core state.
/// </summary>
public sealed class ContentItemStore(TenantDbContext db)
{
    private IQueryable<ContentItem> Items => db.Set<ContentItem>().AsNoTracking();

    public Task<ContentItem?> FindLatestAsync(string contentItemId, CancellationToken cancellationToken) =>
        Items.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Latest, cancellationToken);

    public Task<ContentItem?> FindPublishedAsync(string contentItemId, CancellationToken cancellationToken) =>
        Items.FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> FindManyAsync(IReadOnlyCollection<string> contentItemIds, bool published, CancellationToken cancellationToken)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var ofIds = Items.Where(i => contentItemIds.Contains(i.ContentItemId));
        var versions = published ? ofIds.Where(i => i.Published) : ofIds.Where(i => i.Latest);
        return await versions.ToListAsync(cancellationToken);
    }

    public Task<ContentItem?> FindVersionAsync(string contentItemVersionId, CancellationToken cancellationToken) =>
        Items.FirstOrDefaultAsync(i => i.ContentItemVersionId == contentItemVersionId, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken) =>
        await Items.Where(i => i.ContentItemId == contentItemId).OrderBy(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>Returns every version that is latest or published, oldest row first, for export.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListLatestAndPublishedAsync(CancellationToken cancellationToken) =>
        await Items.Where(i => i.Latest || i.Published).OrderBy(i => i.Id).ToListAsync(cancellationToken);

    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var items = query.Version == VersionOptions.Published
            ? Items.Where(i => i.Published)
            : Items.Where(i => i.Latest);

        if (query.ContentTypes is { Count: > 0 } types)
        {
            var typeList = types.ToList();
            items = items.Where(i => typeList.Contains(i.ContentType));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // lower() folds ASCII letters on both engines; SQLite leaves other letters as they are.
            var pattern = "%" + EscapeLike(query.Search.Trim().ToLowerInvariant()) + "%";
            items = items.Where(i => i.DisplayText != null && EF.Functions.Like(i.DisplayText.ToLower(), pattern, "\\"));
        }

        var total = await items.CountAsync(cancellationToken);
        var page = await items
            .OrderByDescending(i => i.ModifiedUtc)
            .ThenByDescending(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);

        return new ContentPage(page, total, query.Page, query.PageSize);
    }

    /// <summary>Inserts new rows (Id 0), updates the others and deletes <paramref name="deleted"/>, in one SaveChanges.</summary>
    public async Task SaveAsync(IEnumerable<ContentItem> saved, IEnumerable<ContentItem> deleted, CancellationToken cancellationToken)
    {
        var entries = new List<ContentItem>();
        try
        {
            foreach (var item in saved)
            {
                if (item.Id == 0)
                {
                    db.Add(item);
                }
                else
                {
                    db.Update(item);
                }

                entries.Add(item);
            }

            foreach (var item in deleted)
            {
                db.Remove(item);
                entries.Add(item);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var item in entries)
            {
                db.Entry(item).State = EntityState.Detached;
            }
        }
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
