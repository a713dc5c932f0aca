using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>
/// Maps an OpenBadgeCredential to its VC-JWT payload and back: the payload is the credential itself, without its
/// Data Integrity proof, plus the registered claims iss (issuer.id), jti (id), sub (credentialSubject.id, when the
/// subject has one), nbf (validFrom) and exp (validUntil, only when the credential expires).
/// </summary>
public static class VcJwtClaims
{
    /// <summary>Builds the JWT payload of <paramref name="credential"/>; the credential itself is left unchanged.</summary>
    public static JsonObject BuildPayload(JsonObject credential)
    {
        var payload = credential.DeepClone().AsObject();
        payload.Remove("proof");

        payload["iss"] = IssuerId(credential);
        payload["jti"] = VcJwt.ReadString(credential, "id");
        if (SubjectId(credential) is { } subject)
        {
            payload["sub"] = subject;
        }

        payload["nbf"] = ToUnixSeconds(VcJwt.ReadString(credential, "validFrom"));
        if (ToUnixSeconds(VcJwt.ReadString(credential, "validUntil")) is { } expires)
        {
            payload["exp"] = expires;
        }

        return payload;
    }

    /// <summary>
    /// Compares the registered claims of <paramref name="payload"/> with the credential members they stand for.
    /// Returns the first claim that differs, or null when all agree.
    /// </summary>
    public static ClaimMismatch? FindMismatch(JsonObject payload)
    {
        var expected = new (string Claim, string? Value)[]
        {
            ("iss", IssuerId(payload)),
            ("jti", VcJwt.ReadString(payload, "id")),
            ("sub", SubjectId(payload)),
            ("nbf", ToUnixSeconds(VcJwt.ReadString(payload, "validFrom"))?.ToString(CultureInfo.InvariantCulture)),
            ("exp", ToUnixSeconds(VcJwt.ReadString(payload, "validUntil"))?.ToString(CultureInfo.InvariantCulture)),
        };

        foreach (var (claim, value) in expected)
        {
            var actual = ClaimText(payload[claim]);
            if (actual != value)
            {
                return new ClaimMismatch(claim, actual, value);
            }
        }

        return null;
    }

    /// <summary>Returns the issuer id, whether the credential gives the issuer as an object or as a URL string.</summary>
    public static string? IssuerId(JsonObject credential) =>
        credential["issuer"] is JsonObject issuer ? VcJwt.ReadString(issuer, "id") : VcJwt.ReadString(credential, "issuer");

    private static string? SubjectId(JsonObject credential) =>
        credential["credentialSubject"] is JsonObject subject ? VcJwt.ReadString(subject, "id") : null;

    private static long? ToUnixSeconds(string? dateTime) =>
        DateTimeOffset.TryParse(dateTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToUnixTimeSeconds() : null;

    private static string? ClaimText(JsonNode? claim) => claim is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number when value.TryGetValue<long>(out var number) => number.ToString(CultureInfo.InvariantCulture),
            _ => value.ToJsonString(),
        }
        : claim?.ToJsonString();
}
