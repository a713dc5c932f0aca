namespace ApprenantAgile.Badges.Signing;

/// <summary>Outcome of checking a compact JWS.</summary>
public enum JwsVerificationStatus
{
    Valid,

    /// <summary>The JWS is well formed but its signature does not match the key and signed bytes.</summary>
    InvalidSignature,

    /// <summary>The text is not a compact RS256 JWS (wrong part count, bad base64url, bad header).</summary>
    Malformed,
}
