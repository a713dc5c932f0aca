namespace ApprenantAgile.Badges.Signing;

/// <summary>Algorithm family of an issuer key; one ring holds keys of both.</summary>
public enum IssuerKeyType
{
    /// <summary>3072-bit RSA for RS256 JWS (Open Badges 2.0 signed assertions).</summary>
    Rsa,

    /// <summary>Ed25519 for Data Integrity proofs (Open Badges 3.0), created with NSec.</summary>
    Ed25519,
}
