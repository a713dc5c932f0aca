using System.Security.Cryptography;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.Signing;

/// <summary>
/// The decrypted private key of the active issuer key. Exactly one of <see cref="Rsa"/> and
/// <see cref="Ed25519"/> is set, according to <see cref="Type"/>. Dispose it as soon as signing is done;
/// disposing a key that <see cref="IssuerSigningKeyCache"/> shares does nothing.
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

    private bool _shared;

    public string KeyId { get; }

    public IssuerKeyType Type { get; }

    public RSA? Rsa { get; }

    public Key? Ed25519 { get; }

    /// <summary>
    /// Signs <paramref name="payload"/> as an RS256 compact JWS whose header carries <paramref name="keyId"/> as "kid"
    /// (this key's id when null) and <paramref name="mediaType"/> as "typ" when given.
    /// </summary>
    public string SignJws(ReadOnlySpan<byte> payload, string? keyId = null, string? mediaType = null)
    {
        if (Rsa is null)
        {
            throw new InvalidOperationException($"Issuer key {KeyId} is an {Type} key; RS256 JWS needs an RSA key. Request IssuerKeyType.Rsa from the key ring.");
        }

        // A shared key may sign for several requests at once, and RSA instances are not documented as thread-safe.
        lock (Rsa)
        {
            return RsaJws.Sign(payload, Rsa, keyId ?? KeyId, mediaType);
        }
    }

    /// <summary>Marks this key as owned by <see cref="IssuerSigningKeyCache"/>, so that callers' Dispose leaves it usable.</summary>
    internal IssuerSigningKey AsShared()
    {
        _shared = true;
        return this;
    }

    public void Dispose()
    {
        if (_shared)
        {
            return;
        }

        Rsa?.Dispose();
        Ed25519?.Dispose();
    }
}
