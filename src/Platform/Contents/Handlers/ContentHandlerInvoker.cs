using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Contents.Handlers;

/// <summary>Calls one event on every registered handler in order, logging and re-raising the first failure.</summary>
public sealed class ContentHandlerInvoker(IEnumerable<IContentHandler> handlers, ILogger<ContentHandlerInvoker> logger)
{
    private readonly IReadOnlyList<IContentHandler> _handlers = handlers.ToList();

    public async Task InvokeAsync(
        Func<IContentHandler, ContentContext, Task> handlerEvent,
        ContentContext context,
        string eventName)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                await handlerEvent(handler, context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception,
                    "Content handler {Handler} failed in {Event} for content item {ContentItemId} version {ContentItemVersionId} of type {ContentType}",
                    handler.GetType().FullName, eventName, context.ContentItem.ContentItemId,
                    context.ContentItem.ContentItemVersionId, context.ContentItem.ContentType);
                throw;
            }
        }
    }
}
