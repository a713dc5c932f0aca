namespace ApprenantAgile.Badges.DataIntegrity;

/// <summary>Outcome of verifying the Data Integrity proofs of a document.</summary>
/// <param name="Verified">True when at least one proof of the cryptosuite was found and every such proof verified.</param>
/// <param name="FailureReason">Why verification failed, in English, for logs; null when verified.</param>
public sealed record DataIntegrityVerificationResult(bool Verified, string? FailureReason)
{
    public static readonly DataIntegrityVerificationResult Success = new(true, null);

    public static DataIntegrityVerificationResult Failure(string reason) => new(false, reason);
}
