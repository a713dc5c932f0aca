using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ApprenantAgile.Platform.Caching;

/// <summary>
/// Whole public pages rendered for anonymous visitors, kept in process memory and keyed by tenant, tenant
/// generation, culture and URL (see <see cref="PublicPageShortcut"/>), so that a hit reads no database and
/// renders no template. Endpoints opt in page by page with <see cref="TryStore"/>; an entry is dropped when
/// its tenant's <see cref="TenantCacheSignal"/> fires and after <see cref="PublicPageCacheOptions.MaxLifetime"/>.
/// </summary>
public sealed class PublicPageCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _maxLifetime;
    private readonly ILogger<PublicPageCache> _logger;

    public PublicPageCache(IOptions<PublicPageCacheOptions> options, ILogger<PublicPageCache> logger)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimitBytes });
        _maxLifetime = options.Value.MaxLifetime;
        _logger = logger;
    }

    public CachedPublicPage? Find(string key) => _cache.TryGetValue(key, out CachedPublicPage? page) ? page : null;

    /// <summary>
    /// Caches <paramref name="html"/> as the response to the current request when the request may share it: the
    /// shortcut found it anonymous and cacheable (<see cref="PublicPageCacheCandidate"/>), the request is still
    /// anonymous after authentication, and the culture is the one the key was built with. Returns false when the page was not stored.
    /// </summary>
    /// <param name="maxLifetime">A shorter lifetime than the configured maximum, for a page that changes at a known time (a badge that expires).</param>
    public bool TryStore(HttpContext httpContext, string html, string contentType, TimeSpan? maxLifetime = null)
    {
        var candidate = httpContext.Features.Get<PublicPageCacheCandidate>();
        if (candidate is null || httpContext.User.Identity?.IsAuthenticated == true || candidate.Generation.IsExpired)
        {
            return false;
        }

        if (candidate.Culture != CultureInfo.CurrentCulture.Name || candidate.UICulture != CultureInfo.CurrentUICulture.Name)
        {
            _logger.LogDebug("Page {Path} was rendered in culture {Culture}/{UICulture} but its cache key has {KeyCulture}/{KeyUICulture}; it is not cached",
                httpContext.Request.Path, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name, candidate.Culture, candidate.UICulture);
            return false;
        }

        var lifetime = maxLifetime is { } shorter && shorter < _maxLifetime ? shorter : _maxLifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            return false;
        }

        var page = new CachedPublicPage(Encoding.UTF8.GetBytes(html), contentType);
        using var entry = _cache.CreateEntry(candidate.Key);
        entry.Value = page;
        entry.Size = page.Body.Length + candidate.Key.Length;
        entry.AbsoluteExpirationRelativeToNow = lifetime;
        entry.AddExpirationToken(new CancellationChangeToken(candidate.Generation.Token));
        return true;
    }

    public void Dispose() => _cache.Dispose();
}
