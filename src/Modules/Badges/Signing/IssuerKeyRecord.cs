namespace ApprenantAgile.Badges.Signing;

/// <summary>
/// One key as stored in the tenant's <see cref="IssuerKeyRingDocument"/>. The private key is the
/// PKCS#8 DER encrypted by ASP.NET Core Data Protection; it is never stored in clear.
/// </summary>
public sealed class IssuerKeyRecord
{
    public required string KeyId { get; init; }

    public required IssuerKeyType Type { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>When the key stopped signing. Null for the active key of its type; retired keys still verify.</summary>
    public DateTimeOffset? RetiredUtc { get; set; }

    /// <summary>Base64 of the DER SubjectPublicKeyInfo.</summary>
    public required string PublicKey { get; init; }

    /// <summary>Base64 of the Data Protection payload that wraps the PKCS#8 private key.</summary>
    public required string ProtectedPrivateKey { get; init; }
}
