namespace ApprenantAgile.Badges.Endpoints;

/// <summary>Limits of the in-memory cache of rendered public OB 2.0 documents (section Badges:DocumentCache).</summary>
public sealed class Ob2DocumentCacheOptions
{
    public const string SectionName = "Badges:DocumentCache";

    /// <summary>Maximum total size of the cached response bodies, in bytes; 64 MiB by default.</summary>
    public long SizeLimitBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// Maximum time a document stays cached, 5 minutes by default. Changes made on another node, and
    /// changes to the site settings (site name, contact e-mail), reach this node's cache after at most this time.
    /// </summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
