namespace ApprenantAgile.Platform.Caching;

/// <summary>
/// Request feature set by <see cref="PublicPageShortcut"/> when an anonymous request could have been served from
/// the cache but was not: the key the rendered page would take, the tenant generation read before any data, and
/// the culture the shortcut resolved from the culture cookie. Only a request carrying it can store a page.
/// </summary>
public sealed record PublicPageCacheCandidate(string Key, TenantCacheGeneration Generation, string Culture, string UICulture);
