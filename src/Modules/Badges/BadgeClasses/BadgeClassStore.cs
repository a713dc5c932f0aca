using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Documents;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>A BadgeClass content item version with its part already read.</summary>
public sealed record StoredBadgeClass(ContentItem Item, BadgeClassPart Part)
{
    public string Name => Item.DisplayText ?? Part.Slug;
}

/// <summary>Finds the current tenant's badge classes through <see cref="BadgeClassIndex"/>.</summary>
public sealed class BadgeClassStore(TenantDbContext db, IContentManager contentManager, IDocumentStore documents)
{
    /// <summary>
    /// Returns the published classes, or the latest version of every class when <paramref name="publishedOnly"/>
    /// is false, in catalogue order (<see cref="BadgeClassOrder"/>).
    /// </summary>
    public async Task<IReadOnlyList<StoredBadgeClass>> ListAsync(bool publishedOnly, CancellationToken cancellationToken)
    {
        var query = db.Set<BadgeClassIndex>().AsNoTracking();
        if (publishedOnly)
        {
            query = query.Where(i => i.Published);
        }

        var ids = await query.OrderBy(i => i.Slug).Select(i => i.ContentItemId).ToListAsync(cancellationToken);
        // One query for every class instead of one per class: the catalogue page lists about 31 of them.
        var version = publishedOnly ? VersionOptions.Published : VersionOptions.Latest;
        var items = (await contentManager.GetAsync(ids, version, cancellationToken))
            .Where(i => i.ContentType == BadgeContentTypes.BadgeClass)
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);

        var classes = new List<StoredBadgeClass>(ids.Count);
        foreach (var id in ids)
        {
            if (items.TryGetValue(id, out var item))
            {
                classes.Add(new StoredBadgeClass(item, BadgeClassPart.Read(item)));
            }
        }

        return BadgeClassOrder.Sort(classes, await documents.GetAsync<CatalogueDocument>(cancellationToken));
    }

    public async Task<StoredBadgeClass?> GetAsync(string contentItemId, VersionOptions version, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, version, cancellationToken);
        return item is null || item.ContentType != BadgeContentTypes.BadgeClass ? null : new StoredBadgeClass(item, BadgeClassPart.Read(item));
    }

    public async Task<StoredBadgeClass?> FindBySlugAsync(string slug, VersionOptions version, CancellationToken cancellationToken)
    {
        var id = await FindIdBySlugAsync(slug, cancellationToken);
        return id is null ? null : await GetAsync(id, version, cancellationToken);
    }

    public Task<string?> FindIdBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<BadgeClassIndex>().AsNoTracking()
            .Where(i => i.Slug == slug)
            .Select(i => i.ContentItemId)
            .FirstOrDefaultAsync(cancellationToken);
}
