using ApprenantAgile.Badges.Verification;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>The JSON body of POST /ob3/verify: the verification page's report, with problems in the request's UI culture.</summary>
public sealed record CredentialVerificationResponse(
    bool Verified,
    string Outcome,
    bool SignatureValid,
    string? CredentialId,
    string? BadgeName,
    string? IssuerId,
    string? IssuerName,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    string? RevocationReason,
    string Recipient,
    IReadOnlyList<string> Problems)
{
    public static CredentialVerificationResponse From(VerificationReport report) => new(
        report.Outcome == VerificationOutcome.Valid,
        report.Outcome.ToString(),
        report.Signature == SignatureCheck.Valid,
        report.AssertionId,
        report.BadgeName,
        report.KeyOwner,
        report.IssuerName,
        report.IssuedOn,
        report.Expires,
        report.RevocationReason,
        report.Recipient.ToString(),
        report.Problems);
}
