namespace ApprenantAgile.Badges.Signing;

/// <summary>The public part of an issuer key, with its PEM (SubjectPublicKeyInfo) for a CryptographicKey document.</summary>
public sealed record IssuerPublicKey(string KeyId, IssuerKeyType Type, DateTimeOffset CreatedUtc, DateTimeOffset? RetiredUtc, string PublicKeyPem)
{
    public bool IsActive => RetiredUtc is null;
}
