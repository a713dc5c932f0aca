using System.Collections.Concurrent;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Badges.Issuers;

/// <summary>
/// The issuer profile of each tenant, kept until the tenant's <see cref="TenantCacheSignal"/> fires (a content
/// item or the site settings changed) or for at most <see cref="MaxLifetime"/>. One entry per tenant: a request
/// on another origin (host or scheme) than the cached one loads the profile again, because its fallback URL is
/// the site's own.
/// </summary>
public sealed class IssuerProfileCache(TenantCacheSignal signal, TimeProvider timeProvider)
{
    /// <summary>Bounds how long a change made on another node shows here when Redis missed the signal.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IssuerProfileInfo> GetOrLoadAsync(
        TenantContext tenant, string siteUrl, Func<CancellationToken, Task<IssuerProfileInfo>> load, CancellationToken cancellationToken)
    {
        // Read before loading, so that a profile loaded while a change commits is stored already expired.
        var generation = signal.Current(tenant);
        var now = timeProvider.GetUtcNow();
        if (_entries.TryGetValue(tenant.Name, out var cached) && cached.IsValidFor(generation, siteUrl, now))
        {
            return cached.Profile;
        }

        var profile = await load(cancellationToken);
        _entries[tenant.Name] = new Entry(generation, siteUrl, profile, now + MaxLifetime);
        return profile;
    }

    private sealed record Entry(TenantCacheGeneration Generation, string SiteUrl, IssuerProfileInfo Profile, DateTimeOffset ExpiresAt)
    {
        public bool IsValidFor(TenantCacheGeneration current, string siteUrl, DateTimeOffset now) =>
            ReferenceEquals(Generation, current) && !current.IsExpired && SiteUrl == siteUrl && now < ExpiresAt;
    }
}
