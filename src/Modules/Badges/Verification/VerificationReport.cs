namespace ApprenantAgile.Badges.Verification;

public enum VerificationOutcome
{
    Valid,
    Expired,
    Revoked,

    /// <summary>The badge could not be read or verified; <see cref="VerificationReport.Problems"/> contains the reasons.</summary>
    Invalid,
}

public enum RecipientCheck
{
    NotRequested,
    Match,
    NoMatch,
}

public enum SignatureCheck
{
    /// <summary>A hosted badge: it is verified by fetching its URL, not by a signature.</summary>
    Hosted,
    Valid,
    Invalid,
}

/// <summary>The result of verifying one OB 2.0 badge, with localized problems in the current UI culture.</summary>
public sealed class VerificationReport
{
    public VerificationOutcome Outcome { get; set; } = VerificationOutcome.Invalid;

    public List<string> Problems { get; } = [];

    public string? AssertionId { get; set; }

    public string? BadgeName { get; set; }

    public string? BadgeDescription { get; set; }

    public string? IssuerName { get; set; }

    public string? IssuerUrl { get; set; }

    public DateTimeOffset? IssuedOn { get; set; }

    public DateTimeOffset? Expires { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>The owner named by the CryptographicKey that verified the signature; it must be the issuer's id.</summary>
    public string? KeyOwner { get; set; }

    public RecipientCheck Recipient { get; set; } = RecipientCheck.NotRequested;

    public SignatureCheck Signature { get; set; } = SignatureCheck.Hosted;

    /// <summary>Set to <see cref="VerificationOutcome.Invalid"/> and records <paramref name="problem"/>.</summary>
    public VerificationReport Fail(string problem)
    {
        Outcome = VerificationOutcome.Invalid;
        Problems.Add(problem);
        return this;
    }
}
