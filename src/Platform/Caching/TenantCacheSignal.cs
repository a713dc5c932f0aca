using System.Collections.Concurrent;
using System.Globalization;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Caching;

/// <summary>
/// One change token per tenant that caches of rendered public output (whole pages, the issuer profile) depend on.
/// <see cref="Signal"/> expires it: the platform calls it after every document save (site settings, template
/// overrides, catalogue) and content item change, and modules call it after their own changes (portfolio pages,
/// revocations). A tenant re-activated with new settings or features gets a new generation as well.
/// </summary>
/// <remarks>
/// A cache stores an entry with the generation that was current before its data was read, so an entry read
/// while a change commits is stored already expired and never served. With Redis, <see cref="Signal"/> is
/// also published to the other nodes (<see cref="ITenantCacheSignalPublisher"/>).
/// </remarks>
public sealed class TenantCacheSignal(ITenantCacheSignalPublisher publisher, ILogger<TenantCacheSignal> logger)
{
    private readonly ConcurrentDictionary<string, TenantCacheGeneration> _generations = new(StringComparer.Ordinal);

    /// <summary>Returns the current generation of <paramref name="tenant"/>, creating one for a new tenant context.</summary>
    public TenantCacheGeneration Current(TenantContext tenant)
    {
        while (true)
        {
            var generation = _generations.GetOrAdd(tenant.Name, _ => new TenantCacheGeneration(tenant));
            if (ReferenceEquals(generation.Tenant, tenant))
            {
                return generation;
            }

            // The tenant was re-activated (new settings or features): entries of the old context may hold old URLs or features.
            if (_generations.TryUpdate(tenant.Name, new TenantCacheGeneration(tenant), generation))
            {
                generation.Expire();
            }
        }
    }

    /// <summary>Expires the cached output of <paramref name="tenantName"/> on this node and, with Redis, on the others.</summary>
    public void Signal(string tenantName)
    {
        SignalLocally(tenantName);
        publisher.Publish(tenantName);
    }

    /// <summary>Expires the cached output of <paramref name="tenantName"/> on this node only (a message from another node).</summary>
    public void SignalLocally(string tenantName)
    {
        if (_generations.TryRemove(tenantName, out var generation))
        {
            generation.Expire();
            logger.LogDebug("Expired the cached public output of tenant {Tenant}", tenantName);
        }
    }
}

/// <summary>The cached output of one tenant context, expired together by one token.</summary>
public sealed class TenantCacheGeneration(TenantContext tenant)
{
    private static long _lastId;

    private readonly CancellationTokenSource _source = new();

    public TenantContext Tenant { get; } = tenant;

    /// <summary>Process-wide unique id, part of cache keys so that an entry of an older generation is never found.</summary>
    public string Id { get; } = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);

    public CancellationToken Token => _source.Token;

    public bool IsExpired => _source.IsCancellationRequested;

    // Not disposed: a request that read this generation before the change may still ask for its token.
    internal void Expire() => _source.Cancel();
}
