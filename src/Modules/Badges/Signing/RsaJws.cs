using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Signing;

/// <summary>
/// RS256 (RSASSA-PKCS1-v1_5 with SHA-256) compact JWS, as OB 2.0 signed assertions use:
/// <c>base64url(header) "." base64url(payload) "." base64url(signature)</c>, base64url without padding.
/// </summary>
public static class RsaJws
{
    public const string Algorithm = "RS256";

    /// <summary>Smallest RSA modulus accepted for signing and verification, in bits.</summary>
    public const int MinimumKeySize = 2048;

    /// <summary>
    /// Signs <paramref name="payload"/> with header <c>{"alg":"RS256"}</c>, plus <c>"kid"</c> when <paramref name="keyId"/>
    /// is given and <c>"typ"</c> when <paramref name="mediaType"/> is given (a VC-JWT uses "vc+jwt").
    /// </summary>
    public static string Sign(ReadOnlySpan<byte> payload, RSA privateKey, string? keyId = null, string? mediaType = null)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        RequireKeySize(privateKey);

        var header = new JsonObject { ["alg"] = Algorithm };
        if (keyId is not null)
        {
            header["kid"] = keyId;
        }

        if (mediaType is not null)
        {
            header["typ"] = mediaType;
        }

        var signingInput = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url.EncodeToString(payload);
        var signature = privateKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>
    /// Checks a compact JWS against <paramref name="publicKey"/>. Only the RS256 algorithm is accepted
    /// whatever the header contains, so a header with "none" or "HS256" is reported as malformed.
    /// </summary>
    public static JwsVerificationResult Verify(string compactJws, RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(compactJws);
        ArgumentNullException.ThrowIfNull(publicKey);
        RequireKeySize(publicKey);

        var parts = compactJws.Trim().Split('.');
        if (parts.Length != 3)
        {
            return JwsVerificationResult.Malformed($"A compact JWS has 3 parts separated by '.', but this one has {parts.Length}.");
        }

        if (!TryDecode(parts[0], out var headerBytes) || !TryDecode(parts[1], out var payload) || !TryDecode(parts[2], out var signature))
        {
            return JwsVerificationResult.Malformed("A part of the JWS is not valid base64url without padding.");
        }

        JsonObject? header;
        try
        {
            header = JsonNode.Parse(headerBytes) as JsonObject;
        }
        catch (JsonException ex)
        {
            return JwsVerificationResult.Malformed($"The JWS header is not valid JSON: {ex.Message}");
        }

        if (header is null)
        {
            return JwsVerificationResult.Malformed("The JWS header is not a JSON object.");
        }

        var algorithm = (header["alg"] as JsonValue)?.TryGetValue<string>(out var alg) == true ? alg : null;
        if (algorithm != Algorithm)
        {
            return JwsVerificationResult.Malformed($"The JWS header has alg '{algorithm ?? "(missing)"}', but only {Algorithm} is accepted.");
        }

        var keyId = (header["kid"] as JsonValue)?.TryGetValue<string>(out var kid) == true ? kid : null;
        var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (!publicKey.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return new JwsVerificationResult(JwsVerificationStatus.InvalidSignature, "The signature does not match the header, payload and public key.", null, keyId);
        }

        return new JwsVerificationResult(JwsVerificationStatus.Valid, null, payload, keyId);
    }

    private static bool TryDecode(string part, out byte[] bytes)
    {
        bytes = [];
        if (part.Length == 0 || part.Contains('=') || !Base64Url.IsValid(part))
        {
            return false;
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(part.Length)];
        if (!Base64Url.TryDecodeFromChars(part, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }

    private static void RequireKeySize(RSA key)
    {
        if (key.KeySize < MinimumKeySize)
        {
            throw new ArgumentException($"The RSA key has {key.KeySize} bits; RS256 signing here requires at least {MinimumKeySize}. Generate a 2048- or 3072-bit key.", nameof(key));
        }
    }
}
