using ApprenantAgile.Platform.Contents.Data;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Contents.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Contents;

/// <summary>
/// Orchard's version rules on the ContentItems table: one latest and at most one published version
/// per item. Draftable types keep the published version while a draft exists. For types that are
/// not versionable, a version that is neither latest nor published is deleted.
/// </summary>
public sealed class ContentManager(
    ContentItemStore store,
    IContentDefinitionManager definitions,
    ContentHandlerInvoker handlers,
    IHttpContextAccessor httpContextAccessor,
    ILogger<ContentManager> logger) : IContentManager
{
    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        _ = await definitions.GetTypeDefinitionAsync(contentType, cancellationToken)
            ?? throw new InvalidOperationException(
                $"The content type '{contentType}' is not defined on this tenant. Define it in a migration, a recipe or the content types editor first.");

        var item = new ContentItem
        {
            ContentType = contentType,
            ContentItemId = ContentItemIds.New(),
            ContentItemVersionId = ContentItemIds.New(),
        };

        await handlers.InvokeAsync((h, c) => h.ActivatingAsync(c), new(item, cancellationToken), "Activating");
        return item;
    }

    public async Task CreateAsync(ContentItem contentItem, VersionOptions options, CancellationToken cancellationToken = default)
    {
        if (options is not (VersionOptions.Draft or VersionOptions.Published))
        {
            throw new ArgumentException($"Create items as Draft or Published, not {options}.", nameof(options));
        }

        if (contentItem.Id != 0)
        {
            throw new InvalidOperationException(
                $"The content item '{contentItem.ContentItemId}' is already stored. Call UpdateAsync to change it.");
        }

        contentItem.ContentItemId = contentItem.ContentItemId.Length > 0 ? contentItem.ContentItemId : ContentItemIds.New();
        contentItem.ContentItemVersionId = contentItem.ContentItemVersionId.Length > 0 ? contentItem.ContentItemVersionId : ContentItemIds.New();
        var now = DateTime.UtcNow;
        contentItem.CreatedUtc ??= now;
        contentItem.ModifiedUtc = now;
        contentItem.Owner ??= CurrentUserName;
        contentItem.Author = CurrentUserName ?? contentItem.Author;
        contentItem.Latest = true;
        contentItem.Published = false;

        var context = new ContentContext(contentItem, cancellationToken);
        await handlers.InvokeAsync((h, c) => h.CreatingAsync(c), context, "Creating");
        await store.SaveAsync([contentItem], [], cancellationToken);
        await handlers.InvokeAsync((h, c) => h.CreatedAsync(c), context, "Created");
        logger.LogInformation("Content item {ContentItemId} of type {ContentType} created", contentItem.ContentItemId, contentItem.ContentType);

        if (options == VersionOptions.Published)
        {
            await PublishAsync(contentItem, cancellationToken);
        }
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        if (options == VersionOptions.Published)
        {
            return await store.FindPublishedAsync(contentItemId, cancellationToken);
        }

        var latest = await store.FindLatestAsync(contentItemId, cancellationToken);
        return options switch
        {
            VersionOptions.Latest => latest,
            VersionOptions.Draft => latest is { Published: false } ? latest : null,
            VersionOptions.DraftRequired when latest is { Published: true } => NewDraftOf(latest),
            _ => latest,
        };
    }

    public Task<IReadOnlyList<ContentItem>> GetAsync(IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default)
    {
        if (options is not (VersionOptions.Latest or VersionOptions.Published))
        {
            throw new ArgumentException($"Read several items as Latest or Published versions, not {options}.", nameof(options));
        }

        return store.FindManyAsync(contentItemIds, published: options == VersionOptions.Published, cancellationToken);
    }

    public Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        store.ListVersionsAsync(contentItemId, cancellationToken);

    public async Task UpdateAsync(ContentItem contentItem, CancellationToken cancellationToken = default)
    {
        var previousLatest = await store.FindLatestAsync(contentItem.ContentItemId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"The content item '{contentItem.ContentItemId}' has no latest version (unknown or removed). Create it with CreateAsync.");

        var isNewVersion = contentItem.Id == 0;
        if (!isNewVersion && previousLatest.Id != contentItem.Id)
        {
            throw new InvalidOperationException(
                $"Version '{contentItem.ContentItemVersionId}' of content item '{contentItem.ContentItemId}' is not the latest one, so it cannot be changed. Edit the latest version instead.");
        }

        contentItem.Latest = true;
        contentItem.ModifiedUtc = DateTime.UtcNow;
        contentItem.Author = CurrentUserName ?? contentItem.Author;

        var context = new ContentContext(contentItem, cancellationToken);
        await handlers.InvokeAsync((h, c) => h.UpdatingAsync(c), context, "Updating");

        var saved = new List<ContentItem> { contentItem };
        var deleted = new List<ContentItem>();
        if (isNewVersion)
        {
            previousLatest.Latest = false;
            var keep = previousLatest.Published || await IsVersionableAsync(contentItem.ContentType, cancellationToken);
            (keep ? saved : deleted).Add(previousLatest);
        }

        await store.SaveAsync(saved, deleted, cancellationToken);
        await handlers.InvokeAsync((h, c) => h.UpdatedAsync(c), context, "Updated");
    }

    public async Task PublishAsync(ContentItem contentItem, CancellationToken cancellationToken = default)
    {
        if (contentItem.Id == 0)
        {
            // A draft made by DraftRequired is stored first; UpdateAsync rejects items that were never created.
            await UpdateAsync(contentItem, cancellationToken);
        }

        if (contentItem.Published)
        {
            return;
        }

        if (!contentItem.Latest)
        {
            throw new InvalidOperationException(
                $"Version '{contentItem.ContentItemVersionId}' of content item '{contentItem.ContentItemId}' is not the latest one. Publish the latest version.");
        }

        var context = new ContentContext(contentItem, cancellationToken);
        await handlers.InvokeAsync((h, c) => h.PublishingAsync(c), context, "Publishing");

        var saved = new List<ContentItem> { contentItem };
        var deleted = new List<ContentItem>();
        var previous = await store.FindPublishedAsync(contentItem.ContentItemId, cancellationToken);
        if (previous is not null && previous.Id != contentItem.Id)
        {
            previous.Published = false;
            var keep = previous.Latest || await IsVersionableAsync(contentItem.ContentType, cancellationToken);
            (keep ? saved : deleted).Add(previous);
        }

        contentItem.Published = true;
        contentItem.Latest = true;
        contentItem.PublishedUtc = DateTime.UtcNow;
        await store.SaveAsync(saved, deleted, cancellationToken);

        await handlers.InvokeAsync((h, c) => h.PublishedAsync(c), context, "Published");
        logger.LogInformation("Content item {ContentItemId} version {ContentItemVersionId} published",
            contentItem.ContentItemId, contentItem.ContentItemVersionId);
    }

    public async Task UnpublishAsync(ContentItem contentItem, CancellationToken cancellationToken = default)
    {
        var published = await store.FindPublishedAsync(contentItem.ContentItemId, cancellationToken);
        if (published is null)
        {
            return;
        }

        var context = new ContentContext(published, cancellationToken);
        await handlers.InvokeAsync((h, c) => h.UnpublishingAsync(c), context, "Unpublishing");

        published.Published = false;
        var keep = published.Latest || await IsVersionableAsync(published.ContentType, cancellationToken);
        await store.SaveAsync(keep ? [published] : [], keep ? [] : [published], cancellationToken);
        if (contentItem.ContentItemVersionId == published.ContentItemVersionId)
        {
            contentItem.Published = false;
        }

        await handlers.InvokeAsync((h, c) => h.UnpublishedAsync(c), context, "Unpublished");
        logger.LogInformation("Content item {ContentItemId} unpublished", contentItem.ContentItemId);
    }

    public async Task RemoveAsync(ContentItem contentItem, CancellationToken cancellationToken = default)
    {
        var versions = (await store.ListVersionsAsync(contentItem.ContentItemId, cancellationToken))
            .Where(v => v.Latest || v.Published)
            .ToList();
        if (versions.Count == 0)
        {
            return;
        }

        var context = new ContentContext(contentItem, cancellationToken);
        await handlers.InvokeAsync((h, c) => h.RemovingAsync(c), context, "Removing");

        foreach (var version in versions)
        {
            version.Latest = false;
            version.Published = false;
        }

        await store.SaveAsync(versions, [], cancellationToken);
        contentItem.Latest = false;
        contentItem.Published = false;

        await handlers.InvokeAsync((h, c) => h.RemovedAsync(c), context, "Removed");
        logger.LogInformation("Content item {ContentItemId} removed", contentItem.ContentItemId);
    }

    public Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Version is not (VersionOptions.Latest or VersionOptions.Published))
        {
            throw new ArgumentException($"Query the Latest or the Published versions, not {query.Version}.", nameof(query));
        }

        if (query.Page < 1 || query.PageSize < 1 || query.PageSize > ContentQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query),
                $"Page {query.Page} of size {query.PageSize} is out of range. Use a page from 1 and a size from 1 to {ContentQuery.MaxPageSize}.");
        }

        return store.QueryAsync(query, cancellationToken);
    }

    public async Task ImportAsync(ContentItem contentItem, CancellationToken cancellationToken = default)
    {
        var existing = await store.FindVersionAsync(contentItem.ContentItemVersionId, cancellationToken);
        contentItem.Id = existing?.Id ?? 0;

        var saved = new List<ContentItem> { contentItem };
        foreach (var other in await store.ListVersionsAsync(contentItem.ContentItemId, cancellationToken))
        {
            if (other.Id == contentItem.Id)
            {
                continue;
            }

            var changed = false;
            if (contentItem.Latest && other.Latest)
            {
                other.Latest = false;
                changed = true;
            }

            if (contentItem.Published && other.Published)
            {
                other.Published = false;
                changed = true;
            }

            if (changed)
            {
                saved.Add(other);
            }
        }

        await store.SaveAsync(saved, [], cancellationToken);
    }

    private ContentItem NewDraftOf(ContentItem published)
    {
        var draft = published.CloneAsNewVersion(ContentItemIds.New());
        draft.Published = false;
        return draft;
    }

    private async Task<bool> IsVersionableAsync(string contentType, CancellationToken cancellationToken) =>
        (await definitions.GetTypeDefinitionAsync(contentType, cancellationToken))?.Settings.Versionable ?? false;

    private string? CurrentUserName => httpContextAccessor.HttpContext?.User.Identity?.Name;
}
