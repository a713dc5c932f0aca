using System.Security.Cryptography;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.Signing;

/// <summary>Generates, exports and imports the raw key bytes (PKCS#8 private, SubjectPublicKeyInfo public) for each key type.</summary>
internal static class IssuerKeyMaterial
{
    public const int RsaKeySize = 3072;

    /// <summary>Creates a key pair and returns its DER encodings. The caller clears <c>Pkcs8</c> after use.</summary>
    public static (byte[] Pkcs8, byte[] SubjectPublicKeyInfo) Generate(IssuerKeyType type)
    {
        switch (type)
        {
            case IssuerKeyType.Rsa:
                using (var rsa = RSA.Create(RsaKeySize))
                {
                    return (rsa.ExportPkcs8PrivateKey(), rsa.ExportSubjectPublicKeyInfo());
                }

            case IssuerKeyType.Ed25519:
                var creation = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
                using (var key = Key.Create(SignatureAlgorithm.Ed25519, creation))
                {
                    return (key.Export(KeyBlobFormat.PkixPrivateKey), key.PublicKey.Export(KeyBlobFormat.PkixPublicKey));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Expected IssuerKeyType.Rsa or Ed25519.");
        }
    }

    public static IssuerSigningKey ImportPrivate(string keyId, IssuerKeyType type, byte[] pkcs8)
    {
        switch (type)
        {
            case IssuerKeyType.Rsa:
                var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(pkcs8, out _);
                return new IssuerSigningKey(keyId, rsa);

            case IssuerKeyType.Ed25519:
                return new IssuerSigningKey(keyId, Key.Import(SignatureAlgorithm.Ed25519, pkcs8, KeyBlobFormat.PkixPrivateKey));

            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Expected IssuerKeyType.Rsa or Ed25519.");
        }
    }

    public static string ToPem(byte[] subjectPublicKeyInfo) =>
        PemEncoding.WriteString("PUBLIC KEY", subjectPublicKeyInfo) + "\n";
}
