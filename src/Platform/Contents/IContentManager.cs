namespace ApprenantAgile.Platform.Contents;

/// <summary>
/// Creates, versions, publishes and finds the current tenant's content items, raising the
/// <see cref="Handlers.IContentHandler"/> events on the way. Every method saves before returning.
/// </summary>
public interface IContentManager
{
    /// <summary>Makes a new, unsaved item of a defined type with fresh ids; raises Activating.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>Stores a new item as a draft (<see cref="VersionOptions.Draft"/>) or published (<see cref="VersionOptions.Published"/>).</summary>
    Task CreateAsync(ContentItem contentItem, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Returns the requested version of an item, or null when there is none (unknown, removed, or not in that state).</summary>
    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the <see cref="VersionOptions.Published"/> or <see cref="VersionOptions.Latest"/> version of several
    /// items in one query, in no particular order; ids with no such version are left out.
    /// </summary>
    Task<IReadOnlyList<ContentItem>> GetAsync(IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Returns the stored versions of an item, oldest first, removed ones included.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Saves changes to the latest version, or stores a new draft made by <see cref="VersionOptions.DraftRequired"/>.</summary>
    Task UpdateAsync(ContentItem contentItem, CancellationToken cancellationToken = default);

    /// <summary>Makes this version the published one; the previously published version is kept only for versionable types.</summary>
    Task PublishAsync(ContentItem contentItem, CancellationToken cancellationToken = default);

    /// <summary>Takes the item off the site; its latest version stays editable.</summary>
    Task UnpublishAsync(ContentItem contentItem, CancellationToken cancellationToken = default);

    /// <summary>Hides every version of the item: it is no longer latest nor published, so no query returns it.</summary>
    Task RemoveAsync(ContentItem contentItem, CancellationToken cancellationToken = default);

    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an item version exactly as given, keeping its ids and its Latest and Published flags
    /// (recipes and imports). A version with the same version id is overwritten. No handler runs.
    /// </summary>
    Task ImportAsync(ContentItem contentItem, CancellationToken cancellationToken = default);
}
