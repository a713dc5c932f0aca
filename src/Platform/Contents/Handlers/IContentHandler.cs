namespace ApprenantAgile.Platform.Contents.Handlers;

/// <summary>
/// Receives the life-cycle events of content items. Handlers registered in the container as
/// <see cref="IContentHandler"/> run in registration order; an exception is logged with the item's
/// ids and stops the operation. Derive from <see cref="ContentHandlerBase"/> to override only the events you need.
/// </summary>
public interface IContentHandler
{
    /// <summary>A new item has been made by <see cref="IContentManager.NewAsync"/>, before anything is stored.</summary>
    Task ActivatingAsync(ContentContext context);

    Task CreatingAsync(ContentContext context);

    Task CreatedAsync(ContentContext context);

    Task UpdatingAsync(ContentContext context);

    Task UpdatedAsync(ContentContext context);

    Task PublishingAsync(ContentContext context);

    Task PublishedAsync(ContentContext context);

    Task UnpublishingAsync(ContentContext context);

    Task UnpublishedAsync(ContentContext context);

    /// <summary>The item's latest version is about to be hidden with all its versions.</summary>
    Task RemovingAsync(ContentContext context);

    Task RemovedAsync(ContentContext context);
}
