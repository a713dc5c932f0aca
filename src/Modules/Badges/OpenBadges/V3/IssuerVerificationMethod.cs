namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>An Ed25519 issuer key as a Multikey verification method of the issuer's controller document.</summary>
/// <param name="Id">The issuer URL with the fragment "#key-{keyId}".</param>
/// <param name="PublicKeyMultibase">The public key as a "z6Mk…" Multikey.</param>
/// <param name="IsActive">False for a retired key: it no longer signs, but earlier credentials still verify with it.</param>
public sealed record IssuerVerificationMethod(string Id, string PublicKeyMultibase, bool IsActive);
