using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Baking;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Badges.Signing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Verification;

/// <summary>
/// Verifies an OB 2.0 badge given as an assertion URL, a baked image, pasted JSON or a JWS. A hosted
/// badge is fetched from its id; a signed badge's JWS is checked against the CryptographicKey named by
/// its creator. That key must belong to the issuer, and the assertion must be absent from the issuer's RevocationList.
/// </summary>
public sealed partial class BadgeVerifier(
    Ob2DocumentFetcher fetcher,
    BadgeUnbaker unbaker,
    OpenBadges.V3.OpenBadgeCredentialVerifier credentialVerifier,
    OpenBadges.V3.Jwt.VcJwtVerifier vcJwtVerifier,
    TimeProvider timeProvider,
    IStringLocalizer<BadgeVerifier> T,
    ILogger<BadgeVerifier> logger)
{
    public async Task<VerificationReport> VerifyAsync(VerificationInput input, CancellationToken cancellationToken)
    {
        if (input.Image is not { Length: > 0 } && OpenBadges.V3.Jwt.VcJwt.IsVcJwt(input.Text))
        {
            return await vcJwtVerifier.VerifyAsync(input.Text!, input.RecipientEmail, cancellationToken);
        }

        if (await credentialVerifier.ReadAsync(input, cancellationToken) is { } credential)
        {
            return await credentialVerifier.VerifyAsync(credential, input.RecipientEmail, cancellationToken);
        }

        var report = new VerificationReport();
        var payload = ReadPayload(input, report);
        if (payload is null)
        {
            return report;
        }

        JsonObject? assertion;
        if (JwsShape().IsMatch(payload))
        {
            report.Signature = SignatureCheck.Invalid;
            assertion = await VerifySignedAsync(payload, report, cancellationToken);
        }
        else if (payload.StartsWith('{'))
        {
            assertion = await ReadPastedJsonAsync(payload, report, cancellationToken);
        }
        else if (Uri.TryCreate(payload, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            assertion = await FetchHostedAsync(url, report, cancellationToken);
        }
        else
        {
            return report.Fail(T["The text is neither a badge URL, nor badge JSON, nor a signed badge (JWS). Paste the badge link or the file's contents."]);
        }

        if (assertion is null || report.Outcome == VerificationOutcome.Revoked)
        {
            return report;
        }

        await DescribeAsync(assertion, report, cancellationToken);
        CheckRecipient(assertion, input.RecipientEmail, report);
        return report;
    }

    private string? ReadPayload(VerificationInput input, VerificationReport report)
    {
        if (input.Image is { Length: > 0 } image)
        {
            var unbaked = unbaker.Unbake(image, OpenBadgesVersion.V2);
            if (!unbaked.IsFound)
            {
                report.Fail(unbaked.UserMessage!);
                return null;
            }

            return unbaked.Payload!.Trim();
        }

        var text = (input.Text ?? input.AssertionUrl)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            report.Fail(T["Give a badge link, an image file or the badge's text to verify."]);
            return null;
        }

        return text;
    }

    private async Task<JsonObject?> FetchHostedAsync(Uri url, VerificationReport report, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, cancellationToken);
        if (fetched.StatusCode == 410)
        {
            var notice = ParseObject(fetched.Body);
            report.Outcome = VerificationOutcome.Revoked;
            report.AssertionId = Text(notice, "id") ?? url.AbsoluteUri;
            report.RevocationReason = Text(notice, "revocationReason");
            return null;
        }

        if (!fetched.Succeeded)
        {
            LogFetchFailure(url, fetched);
            report.Fail(fetched.StatusCode == 404
                ? T["No badge exists at this address: {0}. Check the link.", url.AbsoluteUri]
                : T["The badge at {0} could not be fetched. Try again later.", url.AbsoluteUri]);
            return null;
        }

        var assertion = ParseObject(fetched.Body);
        if (assertion is null || !IsType(assertion, "Assertion"))
        {
            report.Fail(T["The address {0} does not lead to an Open Badges 2.0 assertion.", url.AbsoluteUri]);
            return null;
        }

        if (!string.Equals(Text(assertion, "id"), url.AbsoluteUri, StringComparison.Ordinal) || !IsVerificationType(assertion, "hosted", "HostedBadge"))
        {
            report.Fail(T["The badge found at {0} does not name that address as its own, so it cannot be verified as a hosted badge.", url.AbsoluteUri]);
            return null;
        }

        report.AssertionId = url.AbsoluteUri;
        report.Signature = SignatureCheck.Hosted;
        return assertion;
    }

    private async Task<JsonObject?> ReadPastedJsonAsync(string json, VerificationReport report, CancellationToken cancellationToken)
    {
        var assertion = ParseObject(json);
        if (assertion is null || !IsType(assertion, "Assertion"))
        {
            report.Fail(T["The text is not the JSON of an Open Badges 2.0 assertion."]);
            return null;
        }

        if (IsVerificationType(assertion, "signed", "SignedBadge"))
        {
            report.Fail(T["This badge is signed: verify its image file or its signed text (JWS), because the JSON alone carries no signature."]);
            return null;
        }

        // A hosted badge is only what its issuer serves at its id, so the pasted copy is replaced by the fetched one.
        if (!Uri.TryCreate(Text(assertion, "id"), UriKind.Absolute, out var id))
        {
            report.Fail(T["The badge has no valid address (id), so it cannot be verified."]);
            return null;
        }

        return await FetchHostedAsync(id, report, cancellationToken);
    }

    private async Task<JsonObject?> VerifySignedAsync(string jws, VerificationReport report, CancellationToken cancellationToken)
    {
        var assertion = DecodePayload(jws);
        if (assertion is null || !IsType(assertion, "Assertion"))
        {
            report.Fail(T["The signed text does not contain an Open Badges 2.0 assertion."]);
            return null;
        }

        report.AssertionId = Text(assertion, "id");
        var creator = Text(assertion["verification"] as JsonObject, "creator");
        if (!IsVerificationType(assertion, "signed", "SignedBadge") || !Uri.TryCreate(creator, UriKind.Absolute, out var keyUrl))
        {
            report.Fail(T["The signed badge does not say which key signed it (verification.creator)."]);
            return null;
        }

        var key = ParseObject((await fetcher.FetchAsync(keyUrl, cancellationToken)) is { Succeeded: true } keyDocument ? keyDocument.Body : null);
        var pem = Text(key, "publicKeyPem");
        if (pem is null)
        {
            report.Fail(T["The issuer's public key could not be fetched from {0}, so the signature cannot be checked.", keyUrl.AbsoluteUri]);
            return null;
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (ArgumentException)
        {
            report.Fail(T["The issuer's public key at {0} is not a valid RSA key.", keyUrl.AbsoluteUri]);
            return null;
        }

        if (!RsaJws.Verify(jws, rsa).IsValid)
        {
            report.Fail(T["The signature does not match: the badge was changed after it was signed, or it was not signed by this issuer."]);
            return null;
        }

        report.Signature = SignatureCheck.Valid;
        report.KeyOwner = Text(key, "owner");
        return assertion;
    }

    private async Task DescribeAsync(JsonObject assertion, VerificationReport report, CancellationToken cancellationToken)
    {
        var badge = await ResolveNodeAsync(assertion["badge"], cancellationToken);
        if (badge is null || !IsType(badge, "BadgeClass"))
        {
            report.Fail(T["The badge's description (BadgeClass) could not be fetched."]);
            return;
        }

        report.BadgeName = Text(badge, "name");
        report.BadgeDescription = Text(badge, "description");

        var issuerNode = badge["issuer"];
        var issuer = await ResolveNodeAsync(issuerNode, cancellationToken);
        if (issuer is null)
        {
            report.Fail(T["The issuer's profile could not be fetched."]);
            return;
        }

        report.IssuerName = Text(issuer, "name");
        report.IssuerUrl = Text(issuer, "url");
        var issuerId = Text(issuer, "id") ?? (issuerNode as JsonValue)?.ToString();

        if (report.Signature == SignatureCheck.Valid)
        {
            if (!string.Equals(report.KeyOwner, issuerId, StringComparison.Ordinal))
            {
                report.Signature = SignatureCheck.Invalid;
                report.Fail(T["The key that signed the badge does not belong to its issuer."]);
                return;
            }

            if (!await CheckRevocationListAsync(issuer, report, cancellationToken))
            {
                return;
            }
        }

        report.IssuedOn = ParseDate(Text(assertion, "issuedOn"));
        report.Expires = ParseDate(Text(assertion, "expires"));
        if (report.IssuedOn is null)
        {
            report.Fail(T["The badge has no valid issue date."]);
            return;
        }

        report.Outcome = report.Expires is { } expires && expires <= timeProvider.GetUtcNow()
            ? VerificationOutcome.Expired
            : VerificationOutcome.Valid;
    }

    private async Task<bool> CheckRevocationListAsync(JsonObject issuer, VerificationReport report, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(Text(issuer, "revocationList"), UriKind.Absolute, out var listUrl))
        {
            return true;
        }

        var list = await ResolveNodeAsync(JsonValue.Create(listUrl.AbsoluteUri), cancellationToken);
        if (list?["revokedAssertions"] is not JsonArray revoked)
        {
            report.Fail(T["The issuer's revocation list could not be fetched, so the badge cannot be confirmed as not revoked."]);
            return false;
        }

        foreach (var entry in revoked)
        {
            var id = entry is JsonObject entryObject ? Text(entryObject, "id") : (entry as JsonValue)?.ToString();
            if (string.Equals(id, report.AssertionId, StringComparison.Ordinal))
            {
                report.Outcome = VerificationOutcome.Revoked;
                report.RevocationReason = entry is JsonObject withReason ? Text(withReason, "revocationReason") : null;
                return false;
            }
        }

        return true;
    }

    private void CheckRecipient(JsonObject assertion, string? email, VerificationReport report)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var recipient = assertion["recipient"] as JsonObject;
        var identity = Text(recipient, "identity");
        if (identity is null || Text(recipient, "type") is not "email")
        {
            report.Recipient = RecipientCheck.NoMatch;
            return;
        }

        var hashed = recipient!["hashed"] is JsonValue flag && flag.TryGetValue<bool>(out var isHashed) && isHashed;
        var matches = hashed
            ? RecipientIdentity.Verify(email, identity, Text(recipient, "salt"))
            : string.Equals(RecipientIdentity.NormalizeEmail(identity), RecipientIdentity.NormalizeEmail(email), StringComparison.Ordinal);
        report.Recipient = matches ? RecipientCheck.Match : RecipientCheck.NoMatch;
    }

    private async Task<JsonObject?> ResolveNodeAsync(JsonNode? node, CancellationToken cancellationToken)
    {
        if (node is JsonObject embedded)
        {
            return embedded;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text) && Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            var fetched = await fetcher.FetchAsync(url, cancellationToken);
            if (fetched.Succeeded)
            {
                return ParseObject(fetched.Body);
            }

            LogFetchFailure(url, fetched);
        }

        return null;
    }

    private void LogFetchFailure(Uri url, FetchedDocument fetched) =>
        logger.LogInformation("Verification could not fetch {Url}: status {StatusCode}, {Error}", url, fetched.StatusCode, fetched.Error ?? "no error");

    private static JsonObject? DecodePayload(string jws)
    {
        var payload = jws.Split('.')[1];
        try
        {
            return ParseObject(System.Text.Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload)));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JsonObject? ParseObject(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool IsType(JsonObject node, string type) => node["type"] switch
    {
        JsonValue value => value.ToString() == type,
        JsonArray array => array.Any(t => t?.ToString() == type),
        _ => false,
    };

    private static bool IsVerificationType(JsonObject assertion, string alias, string className) =>
        Text(assertion["verification"] as JsonObject, "type") is { } type && (type == alias || type == className);

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    [GeneratedRegex("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    private static partial Regex JwsShape();
}
