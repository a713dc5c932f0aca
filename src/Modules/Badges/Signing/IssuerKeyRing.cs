using System.Security.Cryptography;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Signing;

/// <summary>
/// The current tenant's issuer keys, kept in its document store: at most one active key per
/// <see cref="IssuerKeyType"/> signs, and retired keys stay listed so that earlier signatures still verify.
/// </summary>
/// <remarks>
/// Private keys are encrypted with the tenant-aware Data Protection provider under the purpose
/// <see cref="ProtectorPurpose"/>, so they only decrypt in a scope of the same tenant and host key ring.
/// NOTE: the document store has no lost-update check, so when two scopes create or rotate keys at the
/// same moment, the last save wins and the other scope's new key is lost. Create keys at tenant setup.
/// </remarks>
public sealed class IssuerKeyRing(
    IDocumentStore documents,
    IDataProtectionProvider dataProtection,
    ITenantAccessor tenantAccessor,
    ILogger<IssuerKeyRing> logger,
    TimeProvider? timeProvider = null,
    IssuerSigningKeyCache? signingKeyCache = null,
    Ob2DocumentCache? documentCache = null)
{
    public const string ProtectorPurpose = "ApprenantAgile.Badges.IssuerKeys";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(ProtectorPurpose);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Returns the active key of <paramref name="type"/>, creating and saving one on first use.</summary>
    public async Task<IssuerSigningKey> GetActiveSigningKeyAsync(IssuerKeyType type, CancellationToken cancellationToken = default)
    {
        var ring = await documents.GetAsync<IssuerKeyRingDocument>(cancellationToken);
        var active = FindActive(ring, type);
        if (active is null)
        {
            active = AddNewKey(ring, type);
            await SaveAsync(ring, cancellationToken);
        }

        var record = active;
        return signingKeyCache is null
            ? Unprotect(record)
            : signingKeyCache.GetOrAdd(tenantAccessor.Current.Name, type, record.KeyId, () => Unprotect(record));
    }

    /// <summary>Returns the active public key of <paramref name="type"/>, creating one on first use.</summary>
    public async Task<IssuerPublicKey> EnsureActiveKeyAsync(IssuerKeyType type, CancellationToken cancellationToken = default)
    {
        var ring = await documents.GetAsync<IssuerKeyRingDocument>(cancellationToken);
        var active = FindActive(ring, type);
        if (active is null)
        {
            active = AddNewKey(ring, type);
            await SaveAsync(ring, cancellationToken);
        }

        return ToPublicKey(active);
    }

    /// <summary>Retires the active key of <paramref name="type"/> (if any) and returns the new active key.</summary>
    public async Task<IssuerPublicKey> RotateAsync(IssuerKeyType type, CancellationToken cancellationToken = default)
    {
        var ring = await documents.GetAsync<IssuerKeyRingDocument>(cancellationToken);
        var previous = FindActive(ring, type);
        if (previous is not null)
        {
            previous.RetiredUtc = _time.GetUtcNow();
        }

        var created = AddNewKey(ring, type);
        await SaveAsync(ring, cancellationToken);
        signingKeyCache?.Remove(tenantAccessor.Current.Name);

        logger.LogInformation("Rotated the {KeyType} issuer key: {NewKeyId} is active, {RetiredKeyId} is retired",
            type, created.KeyId, previous?.KeyId ?? "(none)");
        return ToPublicKey(created);
    }

    /// <summary>Lists every key of the ring, active and retired, oldest first.</summary>
    public async Task<IReadOnlyList<IssuerPublicKey>> ListPublicKeysAsync(CancellationToken cancellationToken = default)
    {
        var ring = await documents.GetAsync<IssuerKeyRingDocument>(cancellationToken);
        return ring.Keys.OrderBy(k => k.CreatedUtc).Select(ToPublicKey).ToList();
    }

    /// <summary>Returns the public key with <paramref name="keyId"/>, active or retired, or null when the ring has none.</summary>
    public async Task<IssuerPublicKey?> FindPublicKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        var ring = await documents.GetAsync<IssuerKeyRingDocument>(cancellationToken);
        var record = ring.Keys.FirstOrDefault(k => k.KeyId == keyId);
        return record is null ? null : ToPublicKey(record);
    }

    /// <summary>Saves the ring, then drops the tenant's cached issuer Profile and keys, whose publicKey may have changed.</summary>
    private async Task SaveAsync(IssuerKeyRingDocument ring, CancellationToken cancellationToken)
    {
        await documents.SaveAsync(ring, cancellationToken);
        documentCache?.InvalidateTenant(tenantAccessor.Current.Name);
    }

    private static IssuerKeyRecord? FindActive(IssuerKeyRingDocument ring, IssuerKeyType type) =>
        ring.Keys.Where(k => k.Type == type && k.RetiredUtc is null).MaxBy(k => k.CreatedUtc);

    private IssuerKeyRecord AddNewKey(IssuerKeyRingDocument ring, IssuerKeyType type)
    {
        var (pkcs8, publicKey) = IssuerKeyMaterial.Generate(type);
        try
        {
            var record = new IssuerKeyRecord
            {
                KeyId = Guid.NewGuid().ToString("N"),
                Type = type,
                CreatedUtc = _time.GetUtcNow(),
                PublicKey = Convert.ToBase64String(publicKey),
                ProtectedPrivateKey = Convert.ToBase64String(ProtectForScopeTenant(pkcs8)),
            };
            ring.Keys.Add(record);
            logger.LogInformation("Created {KeyType} issuer key {KeyId}", type, record.KeyId);
            return record;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    private IssuerSigningKey Unprotect(IssuerKeyRecord record)
    {
        byte[] pkcs8;
        try
        {
            pkcs8 = UnprotectForScopeTenant(Convert.FromBase64String(record.ProtectedPrivateKey));
        }
        catch (CryptographicException ex)
        {
            logger.LogError(ex, "Decrypting the private key of issuer key {KeyId} failed", record.KeyId);
            throw new InvalidOperationException(
                $"The private key of issuer key {record.KeyId} could not be decrypted. The Data Protection key ring of the host (App_Data/DataProtection-Keys) may have changed; restore it or rotate the issuer key.",
                ex);
        }

        try
        {
            return IssuerKeyMaterial.ImportPrivate(record.KeyId, record.Type, pkcs8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    private byte[] ProtectForScopeTenant(byte[] plaintext) => WithScopeTenant(() => _protector.Protect(plaintext));

    private byte[] UnprotectForScopeTenant(byte[] protectedData) => WithScopeTenant(() => _protector.Unprotect(protectedData));

    /// <summary>
    /// Runs a Data Protection call with AmbientTenant set to this scope's tenant, then restores it.
    /// </summary>
    /// <remarks>
    /// The tenant-aware protector reads AmbientTenant, but TenantHost.CreateScopeAsync sets it inside
    /// its own async flow, so code that awaited that method does not see it. The scoped ITenantAccessor
    /// is always set, so it is the source here.
    /// </remarks>
    private byte[] WithScopeTenant(Func<byte[]> protectorCall)
    {
        var previous = AmbientTenant.Current;
        AmbientTenant.Current = tenantAccessor.Current;
        try
        {
            return protectorCall();
        }
        finally
        {
            AmbientTenant.Current = previous;
        }
    }

    private static IssuerPublicKey ToPublicKey(IssuerKeyRecord record) => new(
        record.KeyId,
        record.Type,
        record.CreatedUtc,
        record.RetiredUtc,
        IssuerKeyMaterial.ToPem(Convert.FromBase64String(record.PublicKey)));
}
