using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Baking;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.OpenBadges.V3.Did;
using ApprenantAgile.Badges.Rdf;
using ApprenantAgile.Badges.Verification;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// Verifies an Open Badges 3.0 credential: its eddsa-rdfc-2022 proof with a key that the issuer's own
/// document lists, its validity dates, its revocation status list bit, and optionally the recipient's
/// e-mail. Problems are localized for the verification page; the English reasons go to the log.
/// </summary>
public sealed partial class OpenBadgeCredentialVerifier(
    EddsaRdfc2022 cryptosuite,
    Ed25519Signature2020 legacySuite,
    Ob3DocumentFetcher fetcher,
    BadgeUnbaker unbaker,
    TimeProvider timeProvider,
    IStringLocalizer<OpenBadgeCredentialVerifier> T,
    ILogger<OpenBadgeCredentialVerifier> logger)
{
    /// <summary>Marks, in the English failure reason, a proof whose verification method did not resolve to a key of the issuer.</summary>
    private const string UnknownKeyPrefix = "Unknown key: ";

    /// <summary>Returns whether <paramref name="document"/> claims to be an Open Badges 3.0 credential, so that this verifier (not the 2.0 one) handles it.</summary>
    public static bool IsCredential(JsonObject document) =>
        Types(document).Any(type => type is OpenBadgesV3.OpenBadgeCredentialType or "AchievementCredential" or OpenBadgesV3.VerifiableCredentialType);

    /// <summary>
    /// Returns the credential that the visitor gave (baked image, pasted JSON, or the URL of an
    /// /ob3/credentials/ document), or null when the input is not an Open Badges 3.0 credential.
    /// </summary>
    /// <remarks>NOTE: other URLs are left to the 2.0 verifier, so a 3.0 credential hosted elsewhere under another path must be pasted or uploaded.</remarks>
    public async Task<JsonObject?> ReadAsync(VerificationInput input, CancellationToken cancellationToken)
    {
        string? text;
        if (input.Image is { Length: > 0 } image)
        {
            var unbaked = unbaker.Unbake(image, OpenBadgesVersion.V3);
            text = unbaked.IsFound ? unbaked.Payload : null;
        }
        else
        {
            text = (input.Text ?? input.AssertionUrl)?.Trim();
        }

        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.AbsolutePath.Contains("/ob3/credentials/", StringComparison.Ordinal))
        {
            return await FetchObjectAsync(url, cancellationToken) is { } fetched && IsCredential(fetched) ? fetched : null;
        }

        return text.StartsWith('{') && Parse(text) is { } pasted && IsCredential(pasted) ? pasted : null;
    }

    public async Task<VerificationReport> VerifyAsync(JsonObject credential, string? recipientEmail, CancellationToken cancellationToken)
    {
        var report = new VerificationReport { Signature = SignatureCheck.Invalid };
        // An EndorsementCredential is verified the same way: issuer key, dates and status bit; it has no recipient.
        if (!Types(credential).Any(type => type is OpenBadgesV3.OpenBadgeCredentialType or "AchievementCredential" or Endorsements.EndorsementCredentials.CredentialType))
        {
            return report.Fail(T["The text is a verifiable credential but not an Open Badges 3.0 badge (OpenBadgeCredential)."]);
        }

        Describe(credential, report);
        if (!Uri.TryCreate(IssuerId(credential), UriKind.Absolute, out var issuerId))
        {
            return report.Fail(T["The badge does not name its issuer (issuer.id), so its signature cannot be checked."]);
        }

        var proof = await VerifyProofAsync(credential, issuerId, cancellationToken);
        if (!proof.Verified)
        {
            logger.LogInformation("Open Badges 3.0 credential {CredentialId} failed verification: {Reason}", report.AssertionId, proof.FailureReason);
            return report.Fail(DescribeProofFailure(credential, proof, issuerId));
        }

        report.Signature = SignatureCheck.Valid;
        report.KeyOwner = issuerId.AbsoluteUri;
        report.Outcome = VerificationOutcome.Valid;

        CheckDates(report);
        await CheckStatusAsync(credential, issuerId, report, cancellationToken);
        CheckRecipient(credential, recipientEmail, report);
        return report;
    }

    private void Describe(JsonObject credential, VerificationReport report)
    {
        var achievement = credential["credentialSubject"]?["achievement"] as JsonObject;
        report.AssertionId = Text(credential["id"]);
        report.BadgeName = Text(achievement?["name"]) ?? Text(credential["name"]);
        report.BadgeDescription = Text(achievement?["description"]);
        report.IssuerName = credential["issuer"] is JsonObject issuer ? Text(issuer["name"]) : null;
        report.IssuerUrl = credential["issuer"] is JsonObject profile ? Text(profile["url"]) : null;
        // Credentials of the VC 1.1 data model (Open Badges 3.0 before VC 2.0) name the dates issuanceDate and expirationDate.
        report.IssuedOn = ParseDate(Text(credential["validFrom"]) ?? Text(credential["issuanceDate"]));
        report.Expires = ParseDate(Text(credential["validUntil"]) ?? Text(credential["expirationDate"]));
    }

    /// <summary>Verifies the proofs with keys that the issuer's controller document lists for assertionMethod.</summary>
    private async Task<DataIntegrityVerificationResult> VerifyProofAsync(JsonObject credential, Uri issuerId, CancellationToken cancellationToken)
    {
        JsonObject? controller = null;
        string? problem = null;

        async ValueTask<PublicKey?> ResolveAsync(string methodId, CancellationToken token)
        {
            if (IsDid(issuerId))
            {
                (var didKey, problem) = await ResolveDidKeyAsync(issuerId.OriginalString, methodId, token);
                return didKey;
            }

            // The verification method must be controlled by issuer.id: the document at the issuer id must list it,
            // with that controller, for assertionMethod. That holds for the platform's key URLs (/ob3/keys/{keyId})
            // and for the "{issuer}#key-{keyId}" ids of credentials signed before them.
            // NOTE: a method that the issuer document names only by id, without embedding its key, is not dereferenced.
            controller ??= await FetchObjectAsync(issuerId, token);
            if (controller is null)
            {
                problem = $"The issuer document at '{issuerId}' could not be fetched or is not a JSON object.";
                return null;
            }

            var (key, reason) = IssuerControllerDocument.FindAssertionKey(controller, issuerId.AbsoluteUri, methodId);
            problem = reason;
            return key;
        }

        var result = await VerifyProofSetAsync(credential, ResolveAsync, cancellationToken);
        return result.Verified || problem is null ? result : DataIntegrityVerificationResult.Failure(UnknownKeyPrefix + problem);
    }

    /// <summary>
    /// Verifies the eddsa-rdfc-2022 proofs and the Ed25519Signature2020 proofs of a proof set: at least one
    /// proof of a supported suite must be present, and every such proof must verify.
    /// </summary>
    private async Task<DataIntegrityVerificationResult> VerifyProofSetAsync(
        JsonObject document,
        Func<string, CancellationToken, ValueTask<PublicKey?>> resolve,
        CancellationToken cancellationToken)
    {
        var result = await cryptosuite.VerifyAsync(document, resolve, cancellationToken);
        if (!Ed25519Signature2020.HasProof(document) || (!result.Verified && HasProofOfSuite(document)))
        {
            return result;
        }

        return await legacySuite.VerifyAsync(document, resolve, cancellationToken);
    }

    private static bool HasProofOfSuite(JsonObject document) => (document["proof"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject single => [single],
        _ => [],
    }).Any(proof => Text(proof["cryptosuite"]) == EddsaRdfc2022.CryptosuiteName);

    private static bool IsDid(Uri issuerId) => DidKey.IsDidKey(issuerId.OriginalString) || DidWeb.IsDidWeb(issuerId.OriginalString);

    /// <summary>Derives a did:key key offline, or fetches a did:web document over https through the document fetcher.</summary>
    private async Task<(PublicKey? Key, string? Problem)> ResolveDidKeyAsync(string did, string methodId, CancellationToken cancellationToken)
    {
        if (DidKey.IsDidKey(did))
        {
            return DidKey.ResolveAssertionKey(did, methodId);
        }

        if (DidWeb.DocumentUrl(did) is not { } documentUrl)
        {
            return (null, $"'{did}' is not a well-formed did:web identifier.");
        }

        var document = await FetchObjectAsync(documentUrl, cancellationToken);
        return document is null
            ? (null, $"The DID document of '{did}' at '{documentUrl}' could not be fetched or is not a JSON object.")
            : DidDocumentKeys.FindAssertionKey(document, did, methodId);
    }

    /// <summary>Chooses the message for a failed proof: unknown key, malformed document, or a signature that does not match.</summary>
    private string DescribeProofFailure(JsonObject credential, DataIntegrityVerificationResult proof, Uri issuerId)
    {
        if (proof.FailureReason?.StartsWith(UnknownKeyPrefix, StringComparison.Ordinal) == true)
        {
            return T["The issuer's signing key could not be found: the issuer ({0}) does not publish the key that signed this badge, or its document is unreachable.", issuerId.OriginalString];
        }

        var unsecured = (JsonObject)credential.DeepClone();
        unsecured.Remove("proof");
        try
        {
            cryptosuite.Canonicalize(unsecured);
        }
        catch (Exception exception) when (exception is JsonLdException or RdfCanonicalizationException)
        {
            return T["The badge is not a well-formed credential: a term is not defined by its JSON-LD contexts ({0}). Ask the issuer for a corrected badge.", exception.Message];
        }

        return T["The signature does not match: the badge was changed after it was signed, or it was not signed by its issuer ({0}).", issuerId.OriginalString];
    }

    private void CheckDates(VerificationReport report)
    {
        var now = timeProvider.GetUtcNow();
        if (report.IssuedOn is { } validFrom && validFrom > now)
        {
            report.Fail(T["The badge is not valid yet: it becomes valid on {0:d MMMM yyyy}.", Issuing.ParisTime.ToParis(validFrom)]);
        }
        else if (report.Expires is { } validUntil && validUntil <= now)
        {
            report.Outcome = VerificationOutcome.Expired;
        }
    }

    /// <summary>Reads the revocation bit of every BitstringStatusListEntry; the status list must be signed by the same issuer.</summary>
    private async Task CheckStatusAsync(JsonObject credential, Uri issuerId, VerificationReport report, CancellationToken cancellationToken)
    {
        var entries = credential["credentialStatus"] switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };

        foreach (var entry in entries.Where(e => Text(e["type"]) == "BitstringStatusListEntry" && Text(e["statusPurpose"]) == "revocation"))
        {
            var revoked = await ReadStatusBitAsync(entry, issuerId, cancellationToken);
            if (revoked is null)
            {
                report.Fail(T["The issuer's revocation list could not be read, so it is unknown whether the badge was revoked. Try again later."]);
                return;
            }

            if (revoked == true)
            {
                report.Outcome = VerificationOutcome.Revoked;
                if (Uri.TryCreate(report.AssertionId, UriKind.Absolute, out var credentialId))
                {
                    report.RevocationReason = await fetcher.FindLocalRevocationReasonAsync(credentialId, cancellationToken);
                }

                return;
            }
        }
    }

    private async Task<bool?> ReadStatusBitAsync(JsonObject entry, Uri issuerId, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(Text(entry["statusListCredential"]), UriKind.Absolute, out var listUrl)
            || !int.TryParse(Text(entry["statusListIndex"]), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            logger.LogInformation("A credential status entry has no valid statusListCredential or statusListIndex");
            return null;
        }

        var list = await FetchObjectAsync(listUrl, cancellationToken);
        if (list is null || !Uri.TryCreate(IssuerId(list), UriKind.Absolute, out var listIssuer) || !Types(list).Contains(OpenBadgesV3.StatusListCredentialType))
        {
            logger.LogInformation("The status list {StatusListUrl} is missing, not a BitstringStatusListCredential, or names no issuer", listUrl);
            return null;
        }

        // The issuer's signature covers the list URL, so a list signed by another identifier of the issuer
        // (a did:web credential pointing at a list signed with its did:key) is accepted once its own proof verifies.
        if (listIssuer.OriginalString != issuerId.OriginalString)
        {
            logger.LogInformation("The status list {StatusListUrl} is signed by {ListIssuer}, not by the credential issuer {IssuerId}", listUrl, listIssuer, issuerId);
        }

        var proof = await VerifyProofAsync(list, listIssuer, cancellationToken);
        if (!proof.Verified)
        {
            logger.LogInformation("The status list {StatusListUrl} failed verification: {Reason}", listUrl, proof.FailureReason);
            return null;
        }

        try
        {
            return BitstringStatusList.IsSet(BitstringStatusList.Decode(Text(list["credentialSubject"]?["encodedList"]) ?? ""), index);
        }
        catch (FormatException exception)
        {
            logger.LogInformation(exception, "The status list {StatusListUrl} has an invalid encodedList", listUrl);
            return null;
        }
    }

    private static void CheckRecipient(JsonObject credential, string? email, VerificationReport report)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var identities = (credential["credentialSubject"]?["identifier"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(identity => Text(identity["identityType"]) == "emailAddress");
        var matches = identities.Any(identity => identity["hashed"] is JsonValue hashed && hashed.GetValueKind() == JsonValueKind.True
            ? RecipientIdentity.Verify(email, Text(identity["identityHash"]) ?? "", Text(identity["salt"]))
            : RecipientIdentity.NormalizeEmail(Text(identity["identityHash"]) ?? "") == RecipientIdentity.NormalizeEmail(email));
        report.Recipient = matches ? RecipientCheck.Match : RecipientCheck.NoMatch;
    }

    private async Task<JsonObject?> FetchObjectAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, cancellationToken);
        if (!fetched.Succeeded)
        {
            logger.LogInformation("Fetching {Url} to verify a credential failed with status {StatusCode}: {Error}", url, fetched.StatusCode, fetched.Error);
            return null;
        }

        return Parse(fetched.Body!);
    }

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? IssuerId(JsonObject document) => document["issuer"] is JsonObject issuer ? Text(issuer["id"]) : Text(document["issuer"]);

    private static IEnumerable<string> Types(JsonObject document) => document["type"] switch
    {
        JsonArray array => array.Select(Text).OfType<string>(),
        JsonValue value when Text(value) is { } single => [single],
        _ => [],
    };

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
