namespace ApprenantAgile.Platform.Caching;

/// <summary>Limits of the in-memory cache of whole public pages served to anonymous visitors (section PageCache).</summary>
public sealed class PublicPageCacheOptions
{
    public const string SectionName = "PageCache";

    /// <summary>Maximum total size of the cached pages, in bytes; 32 MiB by default.</summary>
    public long SizeLimitBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Maximum time a page stays cached, 1 minute by default. It bounds how long a change that raises no
    /// <see cref="TenantCacheSignal"/> takes to show: a holder's new user name or e-mail address, and, when
    /// Redis is unreachable, a change made on another node.
    /// </summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromMinutes(1);
}
