using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Issuing;

public sealed class SignedBadgeTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public SignedBadgeTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Jws_verifies_with_published_key(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "signed@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var jws = await client.GetStringAsync($"{issued.AssertionUrl}/signed");
        var payload = DecodePayload(jws);
        var verification = payload["verification"]!.AsObject();
        var key = await Ob2Http.GetJsonAsync(client, verification["creator"]!.GetValue<string>());

        Assert.Equal("SignedBadge", verification["type"]!.GetValue<string>());
        Assert.Equal($"urn:uuid:{Guid.ParseExact(issued.AssertionId, "N"):D}", payload["id"]!.GetValue<string>());
        Assert.Equal($"{tenant.BaseUrl}/ob2/issuer", key["owner"]!.GetValue<string>());
        Assert.True(Verify(jws, key).IsValid);
    }

    [Fact]
    public async Task Changed_payload_byte_fails()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "tampered@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var jws = await client.GetStringAsync($"{issued.AssertionUrl}/signed");
        var key = await Ob2Http.GetJsonAsync(client, DecodePayload(jws)["verification"]!["creator"]!.GetValue<string>());

        var parts = jws.Split('.');
        var payload = Base64Url.DecodeFromChars(parts[1]);
        payload[payload.Length / 2] ^= 0x01;
        var tampered = parts[0] + "." + Base64Url.EncodeToString(payload) + "." + parts[2];

        Assert.Equal(JwsVerificationStatus.InvalidSignature, Verify(tampered, key).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Old_jws_verifies_after_rotation(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var before = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "rotation@exemple.fr"));
        var newKey = await IssuingActions.RotateRsaKeyAsync(tenant);
        var after = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "rotation@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var oldJws = await client.GetStringAsync($"{before.AssertionUrl}/signed");
        var newJws = await client.GetStringAsync($"{after.AssertionUrl}/signed");
        var oldKeyUrl = DecodePayload(oldJws)["verification"]!["creator"]!.GetValue<string>();
        var newKeyUrl = DecodePayload(newJws)["verification"]!["creator"]!.GetValue<string>();
        var issuer = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/issuer");

        Assert.NotEqual(oldKeyUrl, newKeyUrl);
        Assert.EndsWith("/" + newKey.KeyId, newKeyUrl);
        Assert.Equal(newKeyUrl, issuer["publicKey"]!.GetValue<string>());
        Assert.True(Verify(oldJws, await Ob2Http.GetJsonAsync(client, oldKeyUrl)).IsValid);
        Assert.True(Verify(newJws, await Ob2Http.GetJsonAsync(client, newKeyUrl)).IsValid);
    }

    private static JsonObject DecodePayload(string jws) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(jws.Split('.')[1]))!.AsObject();

    private static JwsVerificationResult Verify(string jws, JsonObject key)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(key["publicKeyPem"]!.GetValue<string>());
        return RsaJws.Verify(jws, rsa);
    }
}
