using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Caching;

namespace ApprenantAgile.Portfolio.Viewing;

/// <summary>
/// Expires the tenant's cached pages when a badge is revoked, because a public portfolio page that shows
/// the badge must drop it at once.
/// </summary>
public sealed class RevokedBadgePageSignal(TenantCacheSignal signal) : IAssertionRevokedHandler
{
    public Task RevokedAsync(AssertionRevokedContext context, CancellationToken cancellationToken)
    {
        signal.Signal(context.TenantName);
        return Task.CompletedTask;
    }
}
