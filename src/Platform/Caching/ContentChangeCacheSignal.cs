using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Platform.Caching;

/// <summary>
/// Fires the tenant's <see cref="TenantCacheSignal"/> after any content item is updated, published, unpublished
/// or removed. Public pages show content of many types (badge classes, the issuer profile), and content changes
/// are rare next to page views, so every type counts.
/// </summary>
public sealed class ContentChangeCacheSignal(TenantCacheSignal signal, ITenantAccessor tenantAccessor) : ContentHandlerBase
{
    public override Task UpdatedAsync(ContentContext context) => SignalAsync();

    public override Task PublishedAsync(ContentContext context) => SignalAsync();

    public override Task UnpublishedAsync(ContentContext context) => SignalAsync();

    public override Task RemovedAsync(ContentContext context) => SignalAsync();

    private Task SignalAsync()
    {
        signal.Signal(tenantAccessor.Current.Name);
        return Task.CompletedTask;
    }
}
