using System.Security.Cryptography;
using System.Text;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// A rendered public OB 2.0 response kept in <see cref="Ob2DocumentCache"/>: status, body bytes, cache
/// lifetime and strong entity tag. <see cref="ContentType"/> is null for a JSON-LD document, whose
/// media type (application/ld+json or application/json) is negotiated per request.
/// </summary>
public sealed class CachedOb2Document
{
    private readonly string _entityTagHash;

    public CachedOb2Document(int statusCode, byte[] body, string? contentType, TimeSpan maxAge)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
        MaxAge = maxAge;
        _entityTagHash = Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_');
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public string? ContentType { get; }

    public TimeSpan MaxAge { get; }

    /// <summary>Creates the cached form of a JSON-LD document (negotiated media type) with the given status.</summary>
    public static CachedOb2Document Json(int statusCode, string json, TimeSpan maxAge) =>
        new(statusCode, Encoding.UTF8.GetBytes(json), null, maxAge);

    /// <summary>
    /// Creates the cached form of an endpoint response, or returns null for a 404, which is not cached.
    /// A 410 (revoked assertion) gets <paramref name="goneMaxAge"/>, because revocation is final.
    /// </summary>
    public static CachedOb2Document? From(Ob2Response response, TimeSpan maxAge, TimeSpan goneMaxAge)
    {
        var lifetime = response.StatusCode == 410 ? goneMaxAge : maxAge;
        if (response.StatusCode == 404)
        {
            return null;
        }

        if (response.Jws is not null)
        {
            return new CachedOb2Document(response.StatusCode, Encoding.ASCII.GetBytes(response.Jws), "text/plain; charset=us-ascii", lifetime);
        }

        return response.Json is null ? null : Json(response.StatusCode, response.Json.ToJsonString(), lifetime);
    }

    /// <summary>
    /// Returns the strong entity tag of the body in <paramref name="representation"/>. JSON and JSON-LD
    /// carry the same bytes under different media types, so their tags differ by a suffix.
    /// </summary>
    public string EntityTag(Ob2Representation representation) => ContentType is not null
        ? $"\"{_entityTagHash}\""
        : representation == Ob2Representation.Json ? $"\"{_entityTagHash}-json\"" : $"\"{_entityTagHash}-ld\"";
}
