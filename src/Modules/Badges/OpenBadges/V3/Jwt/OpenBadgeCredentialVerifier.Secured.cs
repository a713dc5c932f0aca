using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Verification;

namespace ApprenantAgile.Badges.OpenBadges.V3;

public sealed partial class OpenBadgeCredentialVerifier
{
    /// <summary>
    /// Runs the checks that do not depend on how the credential is secured (validity dates, revocation status bit,
    /// recipient) on a credential whose signature the caller already verified, such as the payload of a VC-JWT.
    /// </summary>
    public async Task<VerificationReport> CheckVerifiedCredentialAsync(JsonObject credential, Uri issuerId, string? recipientEmail, CancellationToken cancellationToken)
    {
        var report = new VerificationReport { Signature = SignatureCheck.Valid, KeyOwner = issuerId.AbsoluteUri, Outcome = VerificationOutcome.Valid };
        Describe(credential, report);

        CheckDates(report);
        await CheckStatusAsync(credential, issuerId, report, cancellationToken);
        CheckRecipient(credential, recipientEmail, report);
        return report;
    }
}
