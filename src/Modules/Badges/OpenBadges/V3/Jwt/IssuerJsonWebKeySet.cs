using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Signing;

namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>
/// The current tenant's JWK Set (RFC 7517): every RSA key of its issuer key ring, active and retired, so that a
/// VC-JWT signed before a rotation still verifies. Each key's "kid" is the key set URL plus "#" and the ring's key id,
/// which is the "kid" the VC-JWT header carries.
/// </summary>
public sealed class IssuerJsonWebKeySet(IssuerKeyRing keyRing, Ob3Urls urls)
{
    public Uri Url => urls.Absolute(VcJwt.KeySetPath);

    /// <summary>Returns the "kid" of the ring key <paramref name="keyId"/>: an absolute URL that resolves to its JWK.</summary>
    public string KeyId(string keyId) => $"{Url.AbsoluteUri}#{keyId}";

    public async Task<JsonObject> BuildAsync(CancellationToken cancellationToken)
    {
        var keys = new JsonArray();
        foreach (var key in (await keyRing.ListPublicKeysAsync(cancellationToken)).Where(k => k.Type == IssuerKeyType.Rsa))
        {
            keys.Add(ToJsonWebKey(key));
        }

        return new JsonObject { ["keys"] = keys };
    }

    /// <summary>
    /// Imports the RSA public key of a JWK, or returns null when the JWK is not an RSA key with base64url "n" and "e".
    /// The caller disposes the key.
    /// </summary>
    public static RSA? ImportRsa(JsonObject jwk)
    {
        if (VcJwt.ReadString(jwk, "kty") != "RSA"
            || VcJwt.ReadString(jwk, "n") is not { } modulus || !Base64Url.IsValid(modulus)
            || VcJwt.ReadString(jwk, "e") is not { } exponent || !Base64Url.IsValid(exponent))
        {
            return null;
        }

        return RSA.Create(new RSAParameters
        {
            Modulus = Base64Url.DecodeFromChars(modulus),
            Exponent = Base64Url.DecodeFromChars(exponent),
        });
    }

    private JsonObject ToJsonWebKey(IssuerPublicKey key)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(key.PublicKeyPem);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);

        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = RsaJws.Algorithm,
            ["kid"] = KeyId(key.KeyId),
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
    }
}
