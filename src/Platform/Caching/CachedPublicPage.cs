namespace ApprenantAgile.Platform.Caching;

/// <summary>A rendered public page as it is sent: the UTF-8 body and its content type.</summary>
public sealed record CachedPublicPage(byte[] Body, string ContentType);
