namespace ApprenantAgile.Badges.Signing;

/// <summary>
/// Result of <see cref="RsaJws.Verify"/>. <see cref="Payload"/> is set only when the signature is valid;
/// <see cref="Reason"/> explains any other status in English, for logs.
/// </summary>
public sealed record JwsVerificationResult(JwsVerificationStatus Status, string? Reason, byte[]? Payload, string? KeyId)
{
    public bool IsValid => Status == JwsVerificationStatus.Valid;

    internal static JwsVerificationResult Malformed(string reason) => new(JwsVerificationStatus.Malformed, reason, null, null);
}
