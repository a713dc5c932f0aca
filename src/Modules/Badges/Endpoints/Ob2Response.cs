using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// One OB 2.0 document as the public endpoints serve it: the HTTP status (200, 404 or 410) and the
/// JSON-LD body, or the compact JWS for a signed assertion. The verifier resolves this deployment's
/// own URLs to the same responses without going through HTTP.
/// </summary>
public sealed record Ob2Response(int StatusCode, JsonObject? Json = null, string? Jws = null)
{
    public static Ob2Response NotFound { get; } = new(404);

    public static Ob2Response Ok(JsonObject json) => new(200, json);
}
