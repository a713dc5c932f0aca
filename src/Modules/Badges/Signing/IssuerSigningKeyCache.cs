using System.Collections.Concurrent;

namespace ApprenantAgile.Badges.Signing;

/// <summary>
/// The decrypted active signing key of each tenant and key type, kept for the life of the process so that
/// issuing does not decrypt and import the private key on every badge. The key ring still reads its
/// document on every call and passes the active key id, so after a rotation on any node the next call
/// finds a different id here and decrypts the new key.
/// </summary>
/// <remarks>
/// Cached keys are shared: their <see cref="IssuerSigningKey.Dispose"/> does nothing, and RS256 signing
/// locks the RSA object. A replaced key is left to the garbage collector, not disposed, because another
/// request may still be signing with it.
/// </remarks>
public sealed class IssuerSigningKeyCache
{
    private readonly ConcurrentDictionary<(string Tenant, IssuerKeyType Type), IssuerSigningKey> _keys = new();

    /// <summary>Returns the cached key when its id is <paramref name="keyId"/>, else decrypts it with <paramref name="unprotect"/> and caches it.</summary>
    public IssuerSigningKey GetOrAdd(string tenantName, IssuerKeyType type, string keyId, Func<IssuerSigningKey> unprotect)
    {
        var slot = (tenantName, type);
        if (_keys.TryGetValue(slot, out var cached) && cached.KeyId == keyId)
        {
            return cached;
        }

        var key = unprotect().AsShared();
        _keys[slot] = key;
        return key;
    }

    /// <summary>Forgets the cached keys of <paramref name="tenantName"/>, for a rotation or a removed tenant.</summary>
    public void Remove(string tenantName)
    {
        foreach (var slot in _keys.Keys.Where(k => k.Tenant == tenantName))
        {
            _keys.TryRemove(slot, out _);
        }
    }
}
