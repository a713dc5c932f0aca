using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Badges.Verification;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>
/// Verifies an OpenBadgeCredential secured as a VC-JWT: the RS256 signature with the JWK that the header's "kid"
/// names in the issuer's JWK Set, the registered claims against the credential, then the checks that every
/// Open Badges 3.0 credential gets (dates, revocation status bit, recipient). Problems are localized.
/// </summary>
/// <remarks>
/// The "kid" is an absolute URL whose fragment names the key, and the key set (the URL without fragment) must sit
/// in the same folder as the issuer id: <c>…/ob3/jwks</c> next to <c>…/ob3/issuer</c>. That ties the key to the
/// issuer without trusting the token. Key sets of this deployment's tenants are read in-process; others only over
/// https to public addresses, through <see cref="Ob3DocumentFetcher"/>.
/// </remarks>
public sealed class VcJwtVerifier(
    Ob3DocumentFetcher fetcher,
    OpenBadgeCredentialVerifier credentialVerifier,
    IStringLocalizer<VcJwtVerifier> T,
    ILogger<VcJwtVerifier> logger)
{
    public async Task<VerificationReport> VerifyAsync(string jwt, string? recipientEmail, CancellationToken cancellationToken)
    {
        var report = new VerificationReport { Signature = SignatureCheck.Invalid };
        if (VcJwt.Parse(jwt) is not { } parts)
        {
            return report.Fail(T["The text is not a readable VC-JWT: it must have three base64url parts separated by dots, with a JSON header and a JSON payload."]);
        }

        var credential = parts.Payload;
        report.AssertionId = VcJwt.ReadString(credential, "id");
        if (!OpenBadgeCredentialVerifier.IsCredential(credential) || !IsOpenBadge(credential))
        {
            return report.Fail(T["The text is a verifiable credential but not an Open Badges 3.0 badge (OpenBadgeCredential)."]);
        }

        if (!Uri.TryCreate(VcJwtClaims.IssuerId(credential), UriKind.Absolute, out var issuerId))
        {
            return report.Fail(T["The badge does not name its issuer (issuer.id), so its signature cannot be checked."]);
        }

        // Check the signature first: until it holds, nothing in the payload can be trusted.
        if (await CheckSignatureAsync(jwt, parts.Header, issuerId, cancellationToken) is { } signatureProblem)
        {
            return report.Fail(signatureProblem);
        }

        if (VcJwtClaims.FindMismatch(credential) is { } mismatch)
        {
            logger.LogInformation("VC-JWT of {CredentialId}: claim {Claim} is {JwtValue} but the credential gives {CredentialValue}",
                report.AssertionId, mismatch.Claim, mismatch.JwtValue, mismatch.CredentialValue);
            report.Signature = SignatureCheck.Valid;
            return report.Fail(T["The JWT claim {0} does not match the credential: {1} in the JWT, {2} in the credential.",
                mismatch.Claim, mismatch.JwtValue ?? T["(absent)"].Value, mismatch.CredentialValue ?? T["(absent)"].Value]);
        }

        return await credentialVerifier.CheckVerifiedCredentialAsync(credential, issuerId, recipientEmail, cancellationToken);
    }

    /// <summary>Returns null when the signature is valid with the issuer's key, otherwise the localized problem.</summary>
    private async Task<string?> CheckSignatureAsync(string jwt, JsonObject header, Uri issuerId, CancellationToken cancellationToken)
    {
        var algorithm = VcJwt.ReadString(header, "alg");
        if (algorithm != RsaJws.Algorithm)
        {
            return T["The VC-JWT is signed with the algorithm {0}, but only RS256 is accepted.", algorithm ?? T["(absent)"].Value];
        }

        var type = VcJwt.ReadString(header, "typ");
        if (type is not null and not VcJwt.HeaderType and not "JWT")
        {
            return T["The VC-JWT header has the type {0}, but a VC-JWT has the type vc+jwt.", type];
        }

        if (!Uri.TryCreate(VcJwt.ReadString(header, "kid"), UriKind.Absolute, out var keyId) || keyId.Fragment.Length <= 1)
        {
            return T["The VC-JWT header has no key id (kid) that is a URL with a fragment, so its signature cannot be checked."];
        }

        var keySetUrl = new UriBuilder(keyId) { Fragment = "" }.Uri;
        if (!keySetUrl.AbsoluteUri.StartsWith(new Uri(issuerId, ".").AbsoluteUri, StringComparison.Ordinal))
        {
            return T["The key {0} of the VC-JWT does not belong to the issuer {1}: the key set must be published next to the issuer's document.", keyId.AbsoluteUri, issuerId.AbsoluteUri];
        }

        using var key = await FindKeyAsync(keySetUrl, keyId.AbsoluteUri, cancellationToken);
        if (key is null)
        {
            return T["The issuer's key set could not be read, or it does not contain the key {0}. Try again later, or ask the issuer whether the key was withdrawn.", keyId.AbsoluteUri];
        }

        JwsVerificationResult result;
        try
        {
            result = RsaJws.Verify(jwt, key);
        }
        catch (ArgumentException ex)
        {
            logger.LogInformation(ex, "The JWK {KeyId} is not usable for RS256", keyId);
            return T["The issuer's key set could not be read, or it does not contain the key {0}. Try again later, or ask the issuer whether the key was withdrawn.", keyId.AbsoluteUri];
        }

        if (!result.IsValid)
        {
            logger.LogInformation("VC-JWT signed with {KeyId} failed verification: {Reason}", keyId, result.Reason);
            return T["The signature does not match: the badge was changed after it was signed, or it was not signed by its issuer ({0}).", issuerId.AbsoluteUri];
        }

        return null;
    }

    private async Task<RSA?> FindKeyAsync(Uri keySetUrl, string keyId, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(keySetUrl, cancellationToken);
        if (!fetched.Succeeded)
        {
            logger.LogInformation("Fetching the JWK Set {KeySetUrl} failed with status {StatusCode}: {Error}", keySetUrl, fetched.StatusCode, fetched.Error);
            return null;
        }

        JsonObject? keySet;
        try
        {
            keySet = JsonNode.Parse(fetched.Body!) as JsonObject;
        }
        catch (JsonException ex)
        {
            logger.LogInformation(ex, "The JWK Set {KeySetUrl} is not valid JSON", keySetUrl);
            return null;
        }

        var jwk = (keySet?["keys"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(k => VcJwt.ReadString(k, "kid") == keyId);
        return jwk is null ? null : IssuerJsonWebKeySet.ImportRsa(jwk);
    }

    private static bool IsOpenBadge(JsonObject credential) => credential["type"] is JsonArray types
        && types.OfType<JsonValue>().Any(t => t.ToString() is OpenBadgesV3.OpenBadgeCredentialType or "AchievementCredential");
}
