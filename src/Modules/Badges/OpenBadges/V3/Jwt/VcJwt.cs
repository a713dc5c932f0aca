using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>
/// Fixed values of the VC-JWT securing format (W3C VC-JOSE-COSE, which Open Badges 3.0 names for VC Data Model 2.0
/// credentials): the credential is the JWT payload, signed as a compact JWS whose header has "typ" "vc+jwt".
/// </summary>
public static class VcJwt
{
    /// <summary>Media type of a credential secured as a VC-JWT, for Accept and Content-Type headers.</summary>
    public const string MediaType = "application/vc+jwt";

    /// <summary>Value of the JOSE header "typ" of a VC-JWT.</summary>
    public const string HeaderType = "vc+jwt";

    /// <summary>File name of the VC-JWT download, next to credential.json under a credential URL.</summary>
    public const string FileName = "credential.jwt";

    /// <summary>Tenant-relative path of the JWK Set that lists the tenant's RSA issuer keys, active and retired.</summary>
    public const string KeySetPath = Ob3Urls.RoutePrefix + "/jwks";

    /// <summary>Media type of a JWK Set (RFC 7517, section 8.5).</summary>
    public const string KeySetMediaType = "application/jwk-set+json";

    /// <summary>
    /// Splits a compact JWS and parses its header and payload as JSON objects, without checking the signature.
    /// Returns null when <paramref name="text"/> does not have that shape.
    /// </summary>
    public static VcJwtParts? Parse(string text)
    {
        var parts = text.Trim().Split('.');
        if (parts.Length != 3 || parts.Any(part => part.Length == 0 || part.Contains('=') || !Base64Url.IsValid(part)))
        {
            return null;
        }

        var header = ParseObject(parts[0]);
        var payload = ParseObject(parts[1]);
        return header is null || payload is null ? null : new VcJwtParts(header, payload);
    }

    /// <summary>
    /// Returns whether <paramref name="text"/> is a VC-JWT rather than an Open Badges 2.0 signed assertion: its
    /// header says "vc+jwt", or its payload is a verifiable credential.
    /// </summary>
    public static bool IsVcJwt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Parse(text) is not { } parts)
        {
            return false;
        }

        return ReadString(parts.Header, "typ") == HeaderType || OpenBadgeCredentialVerifier.IsCredential(parts.Payload);
    }

    internal static string? ReadString(JsonObject node, string name) =>
        node[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static JsonObject? ParseObject(string part)
    {
        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(part)) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }
}
