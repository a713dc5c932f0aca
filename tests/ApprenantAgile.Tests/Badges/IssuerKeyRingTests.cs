using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Badges;

public sealed class IssuerKeyRingTests : IClassFixture<PlatformFactory>
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("""{"type":"Assertion","id":"urn:uuid:1"}""");

    private readonly PlatformFactory _factory;

    public IssuerKeyRingTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Active_key_persists_across_scopes(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);

        string jws;
        string keyId;
        await using (var scope = await _factory.TenantHost.CreateScopeAsync(tenant))
        {
            using var key = await scope.ServiceProvider.GetRequiredService<IssuerKeyRing>().GetActiveSigningKeyAsync(IssuerKeyType.Rsa);
            keyId = key.KeyId;
            jws = key.SignJws(Payload);
        }

        await using (var scope = await _factory.TenantHost.CreateScopeAsync(tenant))
        {
            var ring = scope.ServiceProvider.GetRequiredService<IssuerKeyRing>();
            using var key = await ring.GetActiveSigningKeyAsync(IssuerKeyType.Rsa);
            Assert.Equal(keyId, key.KeyId);
            Assert.Single(await ring.ListPublicKeysAsync());
            Assert.True(VerifyWithPem(jws, (await ring.FindPublicKeyAsync(keyId))!.PublicKeyPem).IsValid);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Stored_document_has_no_clear_private_key(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await using var scope = await _factory.TenantHost.CreateScopeAsync(tenant);
        using var key = await scope.ServiceProvider.GetRequiredService<IssuerKeyRing>().GetActiveSigningKeyAsync(IssuerKeyType.Rsa);

        var raw = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Documents.AsNoTracking()
            .Where(d => d.Type == nameof(IssuerKeyRingDocument)).Select(d => d.Content).SingleAsync();

        // System.Text.Json escapes '+' and '/' in the stored text, so compare the parsed string values.
        var storedValues = StringValues(JsonNode.Parse(raw)!).ToList();
        var clearPkcs8 = Convert.ToBase64String(key.Rsa!.ExportPkcs8PrivateKey())[..64];
        var clearPkcs1 = Convert.ToBase64String(key.Rsa.ExportRSAPrivateKey())[..64];
        Assert.DoesNotContain(storedValues, value => value.Contains(clearPkcs8) || value.Contains(clearPkcs1) || value.Contains("PRIVATE KEY"));
        Assert.Contains(Convert.ToBase64String(key.Rsa.ExportSubjectPublicKeyInfo()), storedValues);
    }

    private static IEnumerable<string> StringValues(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : StringValues(p.Value)),
        JsonArray array => array.SelectMany(item => item is null ? [] : StringValues(item)),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Rotation_keeps_old_key_verifying(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);

        string oldJws;
        string oldKeyId;
        await using (var scope = await _factory.TenantHost.CreateScopeAsync(tenant))
        {
            using var key = await scope.ServiceProvider.GetRequiredService<IssuerKeyRing>().GetActiveSigningKeyAsync(IssuerKeyType.Rsa);
            oldKeyId = key.KeyId;
            oldJws = key.SignJws(Payload);
        }

        await using (var scope = await _factory.TenantHost.CreateScopeAsync(tenant))
        {
            var rotated = await scope.ServiceProvider.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Rsa);
            Assert.NotEqual(oldKeyId, rotated.KeyId);
        }

        await using (var scope = await _factory.TenantHost.CreateScopeAsync(tenant))
        {
            var ring = scope.ServiceProvider.GetRequiredService<IssuerKeyRing>();
            var keys = await ring.ListPublicKeysAsync();
            Assert.Equal(2, keys.Count);

            var old = Assert.Single(keys, k => k.KeyId == oldKeyId);
            Assert.False(old.IsActive);
            Assert.True(VerifyWithPem(oldJws, old.PublicKeyPem).IsValid);

            using var active = await ring.GetActiveSigningKeyAsync(IssuerKeyType.Rsa);
            Assert.NotEqual(oldKeyId, active.KeyId);
            Assert.Equal(JwsVerificationStatus.InvalidSignature, VerifyWithPem(active.SignJws(Payload), old.PublicKeyPem).Status);
        }
    }

    [Fact]
    public async Task Ed25519_key_shares_ring_with_rsa()
    {
        var tenant = await CreateTenantAsync(DatabaseProvider.Sqlite);
        await using var scope = await _factory.TenantHost.CreateScopeAsync(tenant);
        var ring = scope.ServiceProvider.GetRequiredService<IssuerKeyRing>();

        var rsa = await ring.EnsureActiveKeyAsync(IssuerKeyType.Rsa);
        using var ed25519 = await ring.GetActiveSigningKeyAsync(IssuerKeyType.Ed25519);

        var keys = await ring.ListPublicKeysAsync();
        Assert.Equal(2, keys.Count);
        Assert.Equal(rsa.KeyId, (await ring.EnsureActiveKeyAsync(IssuerKeyType.Rsa)).KeyId);
        Assert.NotNull(ed25519.Ed25519);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", keys.Single(k => k.Type == IssuerKeyType.Ed25519).PublicKeyPem);
    }

    [Fact]
    public async Task Keys_differ_between_tenants()
    {
        var first = await CreateTenantAsync(DatabaseProvider.Sqlite);
        var second = await CreateTenantAsync(DatabaseProvider.Sqlite);

        await using var firstScope = await _factory.TenantHost.CreateScopeAsync(first);
        var firstKey = await firstScope.ServiceProvider.GetRequiredService<IssuerKeyRing>().EnsureActiveKeyAsync(IssuerKeyType.Rsa);
        await using var secondScope = await _factory.TenantHost.CreateScopeAsync(second);
        var secondKey = await secondScope.ServiceProvider.GetRequiredService<IssuerKeyRing>().EnsureActiveKeyAsync(IssuerKeyType.Rsa);

        Assert.NotEqual(firstKey.PublicKeyPem, secondKey.PublicKeyPem);
    }

    private async Task<string> CreateTenantAsync(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("keys");
        await _factory.CreateRunningTenantAsync(name, provider, prefix: name);
        return name;
    }

    private static JwsVerificationResult VerifyWithPem(string jws, string pem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return RsaJws.Verify(jws, rsa);
    }
}
