using NSec.Cryptography;

namespace ApprenantAgile.Badges.DataIntegrity;

/// <summary>
/// Multikey encoding of Ed25519 keys (W3C Controlled Identifiers 1.0, Multikey): multibase base58btc of
/// a multicodec header followed by the raw key. Public keys use header 0xed 0x01 (ed25519-pub) and
/// read "z6Mk…"; secret keys use header 0x80 0x26 (ed25519-priv).
/// </summary>
public static class Multikey
{
    private const int Ed25519KeySize = 32;
    private static readonly byte[] Ed25519PublicHeader = [0xed, 0x01];
    private static readonly byte[] Ed25519SecretHeader = [0x80, 0x26];

    public static string EncodeEd25519PublicKey(ReadOnlySpan<byte> publicKey)
    {
        RequireLength(publicKey.Length, Ed25519KeySize, "Ed25519 public key");
        return Base58Btc.EncodeMultibase([.. Ed25519PublicHeader, .. publicKey]);
    }

    public static string EncodeEd25519PublicKey(PublicKey publicKey)
    {
        RequireEd25519(publicKey.Algorithm);
        return EncodeEd25519PublicKey(publicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>Decodes a "z6Mk…" value to the 32 raw public key bytes.</summary>
    /// <exception cref="FormatException">The value is not an Ed25519 public Multikey.</exception>
    public static byte[] DecodeEd25519PublicKey(string publicKeyMultibase)
    {
        var bytes = Base58Btc.DecodeMultibase(publicKeyMultibase);
        if (!bytes.AsSpan().StartsWith(Ed25519PublicHeader) || bytes.Length != Ed25519PublicHeader.Length + Ed25519KeySize)
        {
            throw new FormatException(
                $"Invalid Ed25519 public Multikey '{publicKeyMultibase}': expected the header 0xed01 and 32 key bytes "
                + $"(34 bytes, text starting with 'z6Mk'), got {bytes.Length} bytes starting with 0x{Convert.ToHexString(bytes.AsSpan(0, Math.Min(2, bytes.Length)))}.");
        }

        return bytes[Ed25519PublicHeader.Length..];
    }

    public static PublicKey ImportEd25519PublicKey(string publicKeyMultibase)
    {
        return PublicKey.Import(SignatureAlgorithm.Ed25519, DecodeEd25519PublicKey(publicKeyMultibase), KeyBlobFormat.RawPublicKey);
    }

    /// <summary>
    /// Encodes the 32-byte seed followed by the 32-byte public key, the secret key form Digital Bazaar's
    /// ed25519-multikey library writes. <paramref name="key"/> must allow plaintext export.
    /// </summary>
    public static string EncodeEd25519SecretKey(Key key)
    {
        RequireEd25519(key.Algorithm);
        byte[] seed;
        try
        {
            seed = key.Export(KeyBlobFormat.RawPrivateKey);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException(
                "The Ed25519 key cannot be exported as a secret Multikey: create or import it with "
                + "KeyCreationParameters.ExportPolicy = KeyExportPolicies.AllowPlaintextExport.",
                exception);
        }

        return Base58Btc.EncodeMultibase([.. Ed25519SecretHeader, .. seed, .. key.PublicKey.Export(KeyBlobFormat.RawPublicKey)]);
    }

    /// <summary>
    /// Imports a secret Multikey that contains the 32-byte seed, or the seed followed by the public key.
    /// In the second form the public key must match the seed.
    /// </summary>
    /// <exception cref="FormatException">The value is not an Ed25519 secret Multikey, or its public key does not match.</exception>
    public static Key ImportEd25519SecretKey(string secretKeyMultibase, KeyCreationParameters creationParameters = default)
    {
        var bytes = Base58Btc.DecodeMultibase(secretKeyMultibase);
        var keyLength = bytes.Length - Ed25519SecretHeader.Length;
        if (!bytes.AsSpan().StartsWith(Ed25519SecretHeader) || keyLength is not (Ed25519KeySize or 2 * Ed25519KeySize))
        {
            throw new FormatException(
                $"Invalid Ed25519 secret Multikey: expected the header 0x8026 and 32 or 64 key bytes, got {bytes.Length} bytes in total.");
        }

        var seed = bytes.AsSpan(Ed25519SecretHeader.Length, Ed25519KeySize);
        var key = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey, in creationParameters);
        if (keyLength == 2 * Ed25519KeySize)
        {
            var expectedPublicKey = bytes.AsSpan(Ed25519SecretHeader.Length + Ed25519KeySize);
            if (!expectedPublicKey.SequenceEqual(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)))
            {
                key.Dispose();
                throw new FormatException("Invalid Ed25519 secret Multikey: its public key half does not match its seed.");
            }
        }

        return key;
    }

    private static void RequireEd25519(Algorithm algorithm)
    {
        if (algorithm is not Ed25519)
        {
            throw new ArgumentException($"Only Ed25519 keys have a Multikey encoding here, not {algorithm.GetType().Name} keys.");
        }
    }

    private static void RequireLength(int actual, int expected, string keyKind)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"An {keyKind} has {expected} bytes, not {actual}.");
        }
    }
}
