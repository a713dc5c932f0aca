using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Signing;

namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>
/// Secures the current tenant's OpenBadgeCredentials as VC-JWTs, signed RS256 with the active RSA key of the
/// tenant's issuer key ring, the key that also signs Open Badges 2.0 assertions.
/// </summary>
/// <remarks>
/// The VC-JWT is signed when it is requested and not stored: RSASSA-PKCS1-v1_5 is deterministic, so the same
/// credential and key always give the same token, and after a key rotation new requests get a token of the new key.
/// </remarks>
public sealed class VcJwtIssuer(IssuerKeyRing keyRing, IssuerJsonWebKeySet keySet)
{
    public async Task<string> SignAsync(string credentialJson, CancellationToken cancellationToken)
    {
        var credential = JsonNode.Parse(credentialJson)!.AsObject();
        var payload = JsonSerializer.SerializeToUtf8Bytes(VcJwtClaims.BuildPayload(credential), Ob3Json.Options);

        using var key = await keyRing.GetActiveSigningKeyAsync(IssuerKeyType.Rsa, cancellationToken);
        return key.SignJws(payload, keySet.KeyId(key.KeyId), VcJwt.HeaderType);
    }
}
