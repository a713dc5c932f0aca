using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// Drops the tenant's cached OB 2.0 documents when a BadgeClass or the IssuerProfile changes, because
/// badge class documents and the issuer Profile are rendered from them. The catalogue synchronisation
/// and the badge class admin both change classes through the content manager, so both reach this handler.
/// </summary>
public sealed class Ob2DocumentCacheInvalidator(Ob2DocumentCache cache, ITenantAccessor tenantAccessor) : ContentHandlerBase
{
    public override Task UpdatedAsync(ContentContext context) => InvalidateAsync(context);

    public override Task PublishedAsync(ContentContext context) => InvalidateAsync(context);

    public override Task UnpublishedAsync(ContentContext context) => InvalidateAsync(context);

    public override Task RemovedAsync(ContentContext context) => InvalidateAsync(context);

    private Task InvalidateAsync(ContentContext context)
    {
        var type = context.ContentItem.ContentType;
        if (type is BadgeContentTypes.BadgeClass or BadgeContentTypes.IssuerProfile)
        {
            cache.InvalidateTenant(tenantAccessor.Current.Name);
        }

        return Task.CompletedTask;
    }
}
