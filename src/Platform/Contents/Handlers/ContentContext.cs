namespace ApprenantAgile.Platform.Contents.Handlers;

/// <summary>The item version an event is about. Handlers may change it in the "-ing" events, before it is stored.</summary>
public sealed class ContentContext(ContentItem contentItem, CancellationToken cancellationToken)
{
    public ContentItem ContentItem { get; } = contentItem;

    public string ContentItemId => ContentItem.ContentItemId;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
