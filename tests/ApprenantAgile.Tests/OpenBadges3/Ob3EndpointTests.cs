using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Baking;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.OpenBadges3;

public sealed class Ob3EndpointTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Issued_credential_is_served_and_verifies(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, "emilie@exemple.fr"));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var url = Ob3Http.CredentialUrl(issued.AssertionUrl);

        var credential = await Ob3Http.GetAsync(client, url);
        var result = await Ob3Http.VerifyAsync(client, credential);

        Assert.True(result.Verified, result.FailureReason);
        Assert.Equal(url, credential["id"]!.GetValue<string>());
        Assert.Equal(tenant.BaseUrl + "/ob3/issuer", credential["issuer"]!["id"]!.GetValue<string>());
        Assert.Equal("assertionMethod", credential["proof"]![0]!["proofPurpose"]!.GetValue<string>());
        Assert.StartsWith(tenant.BaseUrl + "/ob3/keys/", credential["proof"]![0]!["verificationMethod"]!.GetValue<string>());
        foreach (var schema in Ob3Schemas.All)
        {
            var errors = Ob3Schemas.Errors(schema, credential);
            Assert.True(errors.Count == 0, schema + ": " + string.Join("\n", errors));
        }
    }

    [Theory]
    [InlineData(OpenBadgesV3.CredentialMediaType, OpenBadgesV3.CredentialMediaType)]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("*/*", OpenBadgesV3.CredentialMediaType)]
    public async Task Credential_url_negotiates_media_type(string accept, string expected)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "negociation@exemple.fr"));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        using var request = new HttpRequestMessage(HttpMethod.Get, Ob3Http.CredentialUrl(issued.AssertionUrl));
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Credential_is_stored_not_rebuilt()
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "stable@exemple.fr"));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var url = Ob3Http.CredentialUrl(issued.AssertionUrl);

        var first = await client.GetStringAsync(url);
        var second = await client.GetStringAsync(url);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Credential_before_rotation_still_verifies(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var before = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "avant@exemple.fr"));
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Ed25519));
        var after = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "apres@exemple.fr"));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);

        var oldCredential = await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(before.AssertionUrl));
        var newCredential = await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(after.AssertionUrl));
        var oldResult = await Ob3Http.VerifyAsync(client, oldCredential);
        var newResult = await Ob3Http.VerifyAsync(client, newCredential);
        var controller = await Ob3Http.GetAsync(client, tenant.BaseUrl + "/ob3/issuer", "application/ld+json");

        Assert.True(oldResult.Verified, oldResult.FailureReason);
        Assert.True(newResult.Verified, newResult.FailureReason);
        Assert.NotEqual(oldCredential["proof"]![0]!["verificationMethod"]!.GetValue<string>(), newCredential["proof"]![0]!["verificationMethod"]!.GetValue<string>());
        // Each key is listed under its key URL and under the "#key-" id of credentials signed before key URLs.
        Assert.Equal(4, controller["verificationMethod"]!.AsArray().Count);
        Assert.Equal(4, controller["assertionMethod"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Key_url_serves_multikey_after_rotation(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "cle@exemple.fr"));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var credential = await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(issued.AssertionUrl));
        var method = credential["proof"]![0]!["verificationMethod"]!.GetValue<string>();
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Ed25519));

        var key = await Ob3Http.GetAsync(client, method, OpenBadgesV3.JsonLdMediaType);
        var controller = await Ob3Http.GetAsync(client, tenant.BaseUrl + "/ob3/issuer", OpenBadgesV3.JsonLdMediaType);
        using var unknown = await client.GetAsync($"/{tenant.Name}/ob3/keys/{Guid.NewGuid():N}");

        Assert.Equal(OpenBadgesV3.MultikeyContextUrl, key["@context"]!.GetValue<string>());
        Assert.Equal(method, key["id"]!.GetValue<string>());
        Assert.Equal("Multikey", key["type"]!.GetValue<string>());
        Assert.Equal(tenant.BaseUrl + "/ob3/issuer", key["controller"]!.GetValue<string>());
        var listed = controller["verificationMethod"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == method)!;
        Assert.Equal(listed["publicKeyMultibase"]!.GetValue<string>(), key["publicKeyMultibase"]!.GetValue<string>());
        Assert.Contains(method, controller["assertionMethod"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revocation_sets_status_bit(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var kept = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "garde@exemple.fr"));
        var revoked = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "retire@exemple.fr"));
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionRevoker>().RevokeAsync(revoked.AssertionId, "Erreur de saisie", null, CancellationToken.None));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);

        var keptIndex = StatusIndex(await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(kept.AssertionUrl)));
        var revokedIndex = StatusIndex(await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(revoked.AssertionUrl)));
        var list = await Ob3Http.GetAsync(client, tenant.BaseUrl + "/ob3/status/revocation");
        var listResult = await Ob3Http.VerifyAsync(client, list);
        var bits = BitstringStatusList.Decode(list["credentialSubject"]!["encodedList"]!.GetValue<string>());

        Assert.True(listResult.Verified, listResult.FailureReason);
        Assert.Equal(OpenBadgesV3.StatusListLength / 8, bits.Length);
        Assert.True(BitstringStatusList.IsSet(bits, revokedIndex));
        Assert.False(BitstringStatusList.IsSet(bits, keptIndex));
    }

    [Theory]
    [InlineData("png")]
    [InlineData("svg")]
    public async Task Baked_image_carries_credential(string format)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        var request = tenant.Request(IssuingTenant.PlainSlug, "cuisson@exemple.fr") with { RecipientName = "Émilie Lefèvre ®’" };
        var issued = await tenant.IssueAsync(request);
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var url = Ob3Http.CredentialUrl(issued.AssertionUrl);

        var served = await client.GetStringAsync(url);
        var image = await client.GetByteArrayAsync($"{url}/credential.{format}");
        var unbaked = format == "png" ? PngBaker.Unbake(image, "openbadgecredential") : SvgBaker.Unbake(image, OpenBadgesVersion.V3);
        var result = await Ob3Http.VerifyAsync(client, JsonNode.Parse(unbaked!)!.AsObject());

        Assert.Equal(served, unbaked);
        Assert.Contains("Émilie Lefèvre ®’", unbaked);
        Assert.True(result.Verified, result.FailureReason);
    }

    [Fact]
    public async Task Revoked_badge_has_no_download()
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "telechargement@exemple.fr"));
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionRevoker>().RevokeAsync(issued.AssertionId, "Doublon", null, CancellationToken.None));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);

        using var response = await client.GetAsync(Ob3Http.CredentialUrl(issued.AssertionUrl) + "/credential.png");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    private static int StatusIndex(JsonObject credential) => int.Parse(credential["credentialStatus"]!["statusListIndex"]!.GetValue<string>());
}
