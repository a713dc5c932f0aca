using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>Writes the <see cref="BadgeClassIndex"/> row of a BadgeClass item after each change to it.</summary>
public sealed class BadgeClassIndexHandler(TenantDbContext db) : ContentHandlerBase
{
    public override Task CreatedAsync(ContentContext context) => UpsertAsync(context, published: false);

    public override Task UpdatedAsync(ContentContext context) => UpsertAsync(context, published: null);

    public override Task PublishedAsync(ContentContext context) => UpsertAsync(context, published: true);

    public override Task UnpublishedAsync(ContentContext context) => UpsertAsync(context, published: false);

    public override async Task RemovedAsync(ContentContext context)
    {
        if (!IsBadgeClass(context.ContentItem))
        {
            return;
        }

        var row = await FindAsync(context.ContentItemId, context.CancellationToken);
        if (row is not null)
        {
            db.Remove(row);
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }

    /// <param name="published">The new published state, or null to keep the row's (an update of the latest version).</param>
    private async Task UpsertAsync(ContentContext context, bool? published)
    {
        if (!IsBadgeClass(context.ContentItem))
        {
            return;
        }

        var part = BadgeClassPart.Read(context.ContentItem);
        var row = await FindAsync(context.ContentItemId, context.CancellationToken);
        if (row is null)
        {
            row = new BadgeClassIndex { ContentItemId = context.ContentItemId };
            db.Add(row);
        }

        row.Slug = part.Slug;
        row.Family = part.Family;
        row.Level = part.Level;
        row.IsNational = part.IsNational;
        row.CatalogueVersion = part.CatalogueVersion;
        row.Published = published ?? row.Published;
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private Task<BadgeClassIndex?> FindAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Set<BadgeClassIndex>().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId, cancellationToken);

    private static bool IsBadgeClass(ContentItem item) =>
        string.Equals(item.ContentType, BadgeContentTypes.BadgeClass, StringComparison.Ordinal);
}
