using System.Security.Cryptography;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.Signing;

/// <summary>
/// The decrypted private key of the active issuer key. Exactly one of <see cref="Rsa"/> and
/// <see cref="Ed25519"/> is set, according to <see cref="Type"/>. Dispose it as soon as signing is done.
/// </summary>
public sealed class IssuerSigningKey : IDisposable
{
    internal IssuerSigningKey(string keyId, RSA rsa)
    {
        KeyId = keyId;
        Type = IssuerKeyType.Rsa;
        Rsa = rsa;
    }

    internal IssuerSigningKey(string keyId, Key ed25519)
    {
        KeyId = keyId;
        Type = IssuerKeyType.Ed25519;
        Ed25519 = ed25519;
    }

    public string KeyId { get; }

    public IssuerKeyType Type { get; }

    public RSA? Rsa { get; }

    public Key? Ed25519 { get; }

    /// <summary>Signs <paramref name="payload"/> as an RS256 compact JWS whose header carries this key's id as "kid".</summary>
    public string SignJws(ReadOnlySpan<byte> payload)
    {
        if (Rsa is null)
        {
            throw new InvalidOperationException($"Issuer key {KeyId} is an {Type} key; RS256 JWS needs an RSA key. Request IssuerKeyType.Rsa from the key ring.");
        }

        return RsaJws.Sign(payload, Rsa, KeyId);
    }

    public void Dispose()
    {
        Rsa?.Dispose();
        Ed25519?.Dispose();
    }
}
