using System.Collections.Concurrent;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// Rendered public OB 2.0 documents and the signed Open Badges 3.0 status list of every tenant, kept in
/// process memory and keyed by tenant and URL, so that a hit reads no database, builds no JSON and signs
/// nothing. Every entry of a tenant is dropped at once by <see cref="InvalidateTenant"/> (revocation, key rotation, badge class or issuer profile change) or
/// when the tenant is re-activated with new settings, and any entry expires after
/// <see cref="Ob2DocumentCacheOptions.MaxLifetime"/>.
/// </summary>
/// <remarks>
/// Each tenant has a change token. A document is stored with the token that was current before its data
/// was read, so a document read while an invalidation commits is stored already expired and never served.
/// NOTE: the cache is per process; with several nodes a change made on one node shows on the others after
/// <see cref="Ob2DocumentCacheOptions.MaxLifetime"/>, the same delay as the assertions' Cache-Control max-age.
/// </remarks>
public sealed class Ob2DocumentCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<string, TenantGeneration> _generations = new(StringComparer.Ordinal);
    private readonly TimeSpan _maxLifetime;
    private readonly ILogger<Ob2DocumentCache> _logger;

    public Ob2DocumentCache(IOptions<Ob2DocumentCacheOptions> options, ILogger<Ob2DocumentCache> logger)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimitBytes });
        _maxLifetime = options.Value.MaxLifetime;
        _logger = logger;
    }

    /// <summary>Returns the cached response for <paramref name="request"/> on <paramref name="tenant"/>, or null.</summary>
    public CachedOb2Document? Find(TenantContext tenant, HttpRequest request)
    {
        var generation = CurrentGeneration(tenant);
        return _cache.TryGetValue(Key(tenant, generation, RequestUrl(request)), out CachedOb2Document? document) ? document : null;
    }

    /// <summary>
    /// Returns the cached response for <paramref name="request"/>, or renders it with <paramref name="render"/>
    /// and caches it. A null rendering (404) is returned as null and not cached, so unknown ids never fill the cache.
    /// </summary>
    public Task<CachedOb2Document?> GetOrRenderAsync(
        TenantContext tenant, HttpRequest request, Func<CancellationToken, Task<CachedOb2Document?>> render, CancellationToken cancellationToken) =>
        GetOrRenderAsync(tenant, RequestUrl(request), render, cancellationToken);

    /// <summary>
    /// Returns the cached document stored under <paramref name="url"/>, or renders and caches it. Services
    /// that resolve a document without an HTTP request, such as the Open Badges 3.0 status list, use the
    /// document's own URL so that they share the entry of the endpoint.
    /// </summary>
    public async Task<CachedOb2Document?> GetOrRenderAsync(
        TenantContext tenant, string url, Func<CancellationToken, Task<CachedOb2Document?>> render, CancellationToken cancellationToken)
    {
        var generation = CurrentGeneration(tenant);
        var key = Key(tenant, generation, url);
        if (_cache.TryGetValue(key, out CachedOb2Document? cached))
        {
            return cached;
        }

        var document = await render(cancellationToken);
        if (document is null)
        {
            return null;
        }

        var lifetime = document.MaxAge < _maxLifetime ? document.MaxAge : _maxLifetime;
        using var entry = _cache.CreateEntry(key);
        entry.Value = document;
        entry.Size = document.Body.Length + key.Length;
        entry.AbsoluteExpirationRelativeToNow = lifetime;
        entry.AddExpirationToken(new CancellationChangeToken(generation.Token));
        return document;
    }

    /// <summary>Drops every cached document of the tenant named <paramref name="tenantName"/>.</summary>
    public void InvalidateTenant(string tenantName)
    {
        if (_generations.TryRemove(tenantName, out var generation))
        {
            generation.Expire();
            _logger.LogDebug("Dropped the cached OB 2.0 documents of tenant {Tenant}", tenantName);
        }
    }

    public void Dispose() => _cache.Dispose();

    private TenantGeneration CurrentGeneration(TenantContext tenant)
    {
        while (true)
        {
            var generation = _generations.GetOrAdd(tenant.Name, _ => new TenantGeneration(tenant));
            if (ReferenceEquals(generation.Context, tenant))
            {
                return generation;
            }

            // The tenant was re-activated (new settings or features): documents of the old context may hold old URLs.
            if (_generations.TryUpdate(tenant.Name, new TenantGeneration(tenant), generation))
            {
                generation.Expire();
            }
        }
    }

    private static string RequestUrl(HttpRequest request) =>
        string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value);

    private static string Key(TenantContext tenant, TenantGeneration generation, string url) =>
        string.Concat(tenant.Name, "|", generation.Id, "|", url);

    /// <summary>The documents of one tenant context, all expired together by one token.</summary>
    private sealed class TenantGeneration(TenantContext context)
    {
        private static long _lastId;

        private readonly CancellationTokenSource _source = new();

        public TenantContext Context { get; } = context;

        public string Id { get; } = Interlocked.Increment(ref _lastId).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public CancellationToken Token => _source.Token;

        // Not disposed: a request that read this generation before the invalidation may still ask for its token.
        public void Expire() => _source.Cancel();
    }
}
