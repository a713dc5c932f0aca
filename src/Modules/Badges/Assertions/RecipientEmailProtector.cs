using System.Security.Cryptography;
using System.Text;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>
/// Protects the learner e-mail kept with each assertion. The address is stored encrypted with the
/// tenant-aware Data Protection provider, so it decrypts only on this tenant and host key ring.
/// Lookups use a keyed HMAC-SHA256 of the normalised address, and the 256-bit HMAC key is itself
/// stored encrypted in the AssertionSecrets table. Neither column reveals the address to someone
/// who only reads the database.
/// </summary>
public sealed class RecipientEmailProtector(
    TenantDbContext db,
    IDataProtectionProvider dataProtection,
    ITenantAccessor tenantAccessor,
    ILogger<RecipientEmailProtector> logger)
{
    public const string EmailPurpose = "ApprenantAgile.Badges.RecipientEmail";
    public const string SecretPurpose = "ApprenantAgile.Badges.AssertionSecrets";
    public const string LookupKeyName = "RecipientLookupKey";

    private readonly IDataProtector _emailProtector = dataProtection.CreateProtector(EmailPurpose);
    private readonly IDataProtector _secretProtector = dataProtection.CreateProtector(SecretPurpose);
    private byte[]? _lookupKey;

    public string Protect(string email) => WithScopeTenant(() => _emailProtector.Protect(RecipientIdentity.NormalizeEmail(email)));

    /// <summary>Decrypts a stored address, or returns null (and logs) when the Data Protection keys no longer decrypt it.</summary>
    public string? Unprotect(string protectedEmail, string assertionId)
    {
        try
        {
            return WithScopeTenant(() => _emailProtector.Unprotect(protectedEmail));
        }
        catch (CryptographicException ex)
        {
            logger.LogError(ex, "Decrypting the recipient e-mail of assertion {AssertionId} failed; the Data Protection key ring may have changed", assertionId);
            return null;
        }
    }

    /// <summary>Returns the lowercase hex HMAC-SHA256 of the normalised address under the tenant's lookup key.</summary>
    public async Task<string> ComputeLookupAsync(string email, CancellationToken cancellationToken)
    {
        var key = await GetLookupKeyAsync(cancellationToken);
        var normalized = RecipientIdentity.NormalizeEmail(email);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalized)));
    }

    private async Task<byte[]> GetLookupKeyAsync(CancellationToken cancellationToken)
    {
        if (_lookupKey is not null)
        {
            return _lookupKey;
        }

        var stored = await db.Set<AssertionSecret>().AsNoTracking().FirstOrDefaultAsync(s => s.Name == LookupKeyName, cancellationToken);
        if (stored is null)
        {
            stored = await CreateLookupKeyAsync(cancellationToken);
        }

        _lookupKey = WithScopeTenant(() => _secretProtector.Unprotect(Convert.FromBase64String(stored.ProtectedValue)));
        return _lookupKey;
    }

    // Two scopes may create the key at once; the primary key lets one insert win, and the other reads the winner's key.
    private async Task<AssertionSecret> CreateLookupKeyAsync(CancellationToken cancellationToken)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var secret = new AssertionSecret
        {
            Name = LookupKeyName,
            ProtectedValue = Convert.ToBase64String(WithScopeTenant(() => _secretProtector.Protect(key))),
            CreatedUtc = DateTime.UtcNow,
        };
        CryptographicOperations.ZeroMemory(key);

        db.Set<AssertionSecret>().Add(secret);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created the recipient lookup key of tenant {Tenant}", tenantAccessor.Current.Name);
            return secret;
        }
        catch (DbUpdateException)
        {
            db.Entry(secret).State = EntityState.Detached;
            return await db.Set<AssertionSecret>().AsNoTracking().FirstOrDefaultAsync(s => s.Name == LookupKeyName, cancellationToken)
                ?? throw new InvalidOperationException(
                    $"Saving the recipient lookup key of tenant '{tenantAccessor.Current.Name}' failed and no other key was found. Check that the {AssertionMigrations.SecretTable} table exists.");
        }
    }

    private T WithScopeTenant<T>(Func<T> protectorCall)
    {
        // As in IssuerKeyRing: the tenant-aware protector reads AmbientTenant, which code that awaited
        // TenantHost.CreateScopeAsync does not see, so the scope's tenant is set around the call.
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
}
