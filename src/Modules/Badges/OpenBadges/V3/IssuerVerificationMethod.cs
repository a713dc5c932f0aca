namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>An Ed25519 issuer key as a Multikey verification method of the issuer's controller document.</summary>
/// <param name="KeyId">The key ring's id of the key.</param>
/// <param name="Id">The key URL "/ob3/keys/{keyId}", which new proofs name.</param>
/// <param name="LegacyId">The issuer URL with the fragment "#key-{keyId}", which proofs made before key URLs name.</param>
/// <param name="PublicKeyMultibase">The public key as a "z6Mk…" Multikey.</param>
/// <param name="IsActive">False for a retired key: it no longer signs, but earlier credentials still verify with it.</param>
public sealed record IssuerVerificationMethod(string KeyId, string Id, string LegacyId, string PublicKeyMultibase, bool IsActive);
