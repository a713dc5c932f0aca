using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Revocation;

/// <summary>
/// Revokes an issued assertion with a mandatory reason. From then on the hosted assertion returns
/// 410 Gone with the reason, the RevocationList lists its signed id, and the verification page and
/// "Mes badges" show it as revoked. Revocation is final: there is no un-revoke. After the commit, every
/// <see cref="IAssertionRevokedHandler"/> is called.
/// </summary>
public sealed class AssertionRevoker(
    AssertionStore store,
    Ob2DocumentCache documentCache,
    IEnumerable<IAssertionRevokedHandler> revokedHandlers,
    ITenantAccessor tenantAccessor,
    TimeProvider timeProvider,
    ILogger<AssertionRevoker> logger)
{
    public const int MaxReasonLength = 500;

    public async Task<RevocationOutcome> RevokeAsync(string assertionId, string? reason, string? revokedBy, CancellationToken cancellationToken)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxReasonLength)
        {
            return RevocationOutcome.InvalidReason;
        }

        var assertion = await store.FindAsync(assertionId, cancellationToken);
        if (assertion is null)
        {
            return RevocationOutcome.NotFound;
        }

        if (!await store.RevokeAsync(assertionId, trimmed, timeProvider.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return RevocationOutcome.AlreadyRevoked;
        }

        // After the commit, so that no request can cache the assertion or revocation list as they were before.
        documentCache.InvalidateTenant(tenantAccessor.Current.Name);

        logger.LogInformation("Tenant {Tenant}: user {UserId} revoked assertion {AssertionId} of badge class {BadgeClassId}",
            tenantAccessor.Current.Name, revokedBy ?? "(system)", assertionId, assertion.BadgeClassId);

        await NotifyHandlersAsync(new AssertionRevokedContext(tenantAccessor.Current.Name, assertionId, assertion.BadgeClassId), cancellationToken);
        return RevocationOutcome.Revoked;
    }

    private async Task NotifyHandlersAsync(AssertionRevokedContext context, CancellationToken cancellationToken)
    {
        foreach (var handler in revokedHandlers)
        {
            try
            {
                await handler.RevokedAsync(context, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The revocation is committed; a failing subscriber must not report it as failed.
                logger.LogError(ex, "Tenant {Tenant}: handler {Handler} failed after the revocation of assertion {AssertionId}",
                    context.TenantName, handler.GetType().Name, context.AssertionId);
            }
        }
    }
}
