namespace ApprenantAgile.Platform.Contents.Handlers;

/// <summary>An <see cref="IContentHandler"/> whose events do nothing until overridden.</summary>
public abstract class ContentHandlerBase : IContentHandler
{
    public virtual Task ActivatingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task CreatingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task CreatedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UpdatingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UpdatedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task PublishingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task PublishedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task RemovingAsync(ContentContext context) => Task.CompletedTask;

    public virtual Task RemovedAsync(ContentContext context) => Task.CompletedTask;
}
