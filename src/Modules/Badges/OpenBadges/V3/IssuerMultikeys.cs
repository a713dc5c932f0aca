using System.Security.Cryptography;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Tenants;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// The current tenant's Ed25519 issuer keys, kept in the same <see cref="IssuerKeyRing"/> as the RSA keys
/// of Open Badges 2.0, seen as Multikey verification methods of the issuer id.
/// </summary>
public sealed class IssuerMultikeys(IssuerKeyRing keyRing, SigningKeyGate keyGate, ITenantAccessor tenantAccessor, Ob3Urls urls)
{
    /// <summary>Returns the active Ed25519 key, created on first use. Dispose it once signing is done.</summary>
    public Task<IssuerSigningKey> GetActiveSigningKeyAsync(CancellationToken cancellationToken) =>
        keyGate.GetActiveKeyAsync(tenantAccessor.Current.Name, keyRing, IssuerKeyType.Ed25519, cancellationToken);

    /// <summary>Lists every Ed25519 key, active and retired, oldest first, creating the first key when there is none.</summary>
    public async Task<IReadOnlyList<IssuerVerificationMethod>> ListVerificationMethodsAsync(CancellationToken cancellationToken)
    {
        using (await GetActiveSigningKeyAsync(cancellationToken))
        {
            // Only the side effect is needed: a tenant that never issued still publishes one key.
        }

        var keys = await keyRing.ListPublicKeysAsync(cancellationToken);
        return keys.Where(key => key.Type == IssuerKeyType.Ed25519)
            .Select(key => new IssuerVerificationMethod(
                key.KeyId, urls.VerificationMethod(key.KeyId), urls.LegacyVerificationMethod(key.KeyId), ToMultikey(key.PublicKeyPem), key.IsActive))
            .ToList();
    }

    private static string ToMultikey(string publicKeyPem)
    {
        var fields = PemEncoding.Find(publicKeyPem);
        var subjectPublicKeyInfo = Convert.FromBase64String(publicKeyPem[fields.Base64Data]);
        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, subjectPublicKeyInfo, KeyBlobFormat.PkixPublicKey);
        return Multikey.EncodeEd25519PublicKey(publicKey);
    }
}
