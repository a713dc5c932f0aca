using System.Collections.Concurrent;
using ApprenantAgile.Badges.Signing;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>
/// Serialises, per tenant and within this process, the first read of the active issuer keys.
/// IssuerKeyRing keeps keys in a document without a lost-update check, so concurrent first issues
/// on a new tenant would each create a key and all but the last saved would be lost, leaving
/// signatures that no published key verifies.
/// </summary>
/// <remarks>NOTE: two nodes issuing the first badges of a tenant at the same moment can still race; create the key at tenant setup on multi-node deployments.</remarks>
public sealed class SigningKeyGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public Task<IssuerSigningKey> GetActiveRsaKeyAsync(string tenantName, IssuerKeyRing keyRing, CancellationToken cancellationToken) =>
        GetActiveKeyAsync(tenantName, keyRing, IssuerKeyType.Rsa, cancellationToken);

    /// <summary>Returns the tenant's active key of <paramref name="type"/>; the first read per tenant creates it under the gate.</summary>
    public async Task<IssuerSigningKey> GetActiveKeyAsync(string tenantName, IssuerKeyRing keyRing, IssuerKeyType type, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(tenantName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await keyRing.GetActiveSigningKeyAsync(type, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
