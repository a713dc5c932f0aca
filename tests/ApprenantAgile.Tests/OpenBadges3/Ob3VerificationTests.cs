using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using ApprenantAgile.Tests.JsonLd;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.OpenBadges3;

public sealed class Ob3VerificationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Verify_endpoint_accepts_issued_credential(DatabaseProvider provider)
    {
        var (tenant, client, credential) = await IssueAsync(provider, "verifie@exemple.fr");

        var result = await PostVerifyAsync(client, tenant, credential, "Verifie@Exemple.fr");

        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["signatureValid"]!.GetValue<bool>());
        Assert.Equal("Match", result["recipient"]!.GetValue<string>());
        Assert.Equal(tenant.BaseUrl + "/ob3/issuer", result["issuerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verify_endpoint_rejects_tampered_credential()
    {
        var (tenant, client, credential) = await IssueAsync(DatabaseProvider.Sqlite, "modifie@exemple.fr");
        credential["credentialSubject"]!["achievement"]!["name"] = "Badge inventé";

        var result = await PostVerifyAsync(client, tenant, credential);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.False(result["signatureValid"]!.GetValue<bool>());
        Assert.Contains("La signature ne correspond pas", result["problems"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Verify_endpoint_rejects_foreign_key()
    {
        // A key of another tenant signs a credential that names this tenant as issuer: the key is not the issuer's.
        var (tenant, client, credential) = await IssueAsync(DatabaseProvider.Sqlite, "usurpe@exemple.fr");
        var (_, _, foreign) = await IssueAsync(DatabaseProvider.Sqlite, "autre@exemple.fr");
        credential["proof"] = foreign["proof"]!.DeepClone();

        var result = await PostVerifyAsync(client, tenant, credential);

        Assert.False(result["verified"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoked_credential_reports_reason(DatabaseProvider provider)
    {
        var (tenant, client, credential) = await IssueAsync(provider, "revocation@exemple.fr");
        var assertionId = credential["id"]!.GetValue<string>().Split('/').Last();
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionRevoker>().RevokeAsync(assertionId, "Fraude constatée.", null, CancellationToken.None));

        var result = await PostVerifyAsync(client, tenant, credential);

        Assert.Equal("Revoked", result["outcome"]!.GetValue<string>());
        Assert.Equal("Fraude constatée.", result["revocationReason"]!.GetValue<string>());
        Assert.True(result["signatureValid"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Credential_signed_under_fragment_key_id_still_verifies(DatabaseProvider provider)
    {
        // Credentials signed before key URLs name the key "{issuer}#key-{keyId}". This one is signed that way with the
        // tenant's key, which is then retired, as a stored credential of that time would be.
        var (tenant, client, credential) = await IssueAsync(provider, "ancien-identifiant@exemple.fr");
        credential.Remove("proof");
        var method = "";
        var signed = await tenant.WithScopeAsync(async sp =>
        {
            using var key = await sp.GetRequiredService<IssuerMultikeys>().GetActiveSigningKeyAsync(CancellationToken.None);
            method = $"{tenant.BaseUrl}/ob3/issuer#key-{key.KeyId}";
            return await Ob3Http.Suite.CreateProofAsync(credential, key.Ed25519!, method, DateTime.UtcNow);
        });
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Ed25519));

        var result = await PostVerifyAsync(client, tenant, signed);

        Assert.Equal(method, signed["proof"]!["verificationMethod"]!.GetValue<string>());
        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["signatureValid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Expired_credential_reports_expired()
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        var issuedOn = DateTimeOffset.UtcNow.AddYears(-3);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, "expire@exemple.fr", issuedOn: issuedOn));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var credential = await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(issued.AssertionUrl));

        var result = await PostVerifyAsync(client, tenant, credential);

        Assert.Equal("Expired", result["outcome"]!.GetValue<string>());
        Assert.True(result["signatureValid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Future_credential_is_not_valid_yet()
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "futur@exemple.fr", issuedOn: DateTimeOffset.UtcNow.AddDays(30)));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var credential = await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(issued.AssertionUrl));

        var result = await PostVerifyAsync(client, tenant, credential);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.Contains("pas encore valide", result["problems"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Verification_page_reads_baked_png()
    {
        var (tenant, client, credential) = await IssueAsync(DatabaseProvider.Sqlite, "page@exemple.fr");
        var image = await client.GetByteArrayAsync(credential["id"]!.GetValue<string>() + "/credential.png");

        var page = await UploadAsync(tenant, client, image, "badge.png");

        Assert.Contains("Ce badge est valide.", page);
        Assert.Contains(credential["credentialSubject"]!["achievement"]!["name"]!.GetValue<string>(), page);
        Assert.Contains("La signature de l’émetteur est valide", page);
    }

    [Fact]
    public async Task Verification_page_rejects_tampered_json()
    {
        var (tenant, client, credential) = await IssueAsync(DatabaseProvider.Sqlite, "colle@exemple.fr");
        credential["validUntil"] = "2099-01-01T00:00:00Z";

        var response = await TestUsers.PostFormAsync(client, $"/{tenant.Name}/verifier", new Dictionary<string, string> { ["Text"] = credential.ToJsonString() });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Ce badge n’a pas pu être vérifié.", page);
        Assert.Contains("La signature ne correspond pas", page);
    }

    private async Task<(IssuingTenant Tenant, HttpClient Client, JsonObject Credential)> IssueAsync(DatabaseProvider provider, string email)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, email));
        var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var credential = await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(issued.AssertionUrl));
        return (tenant, client, credential);
    }

    private static async Task<JsonObject> PostVerifyAsync(HttpClient client, IssuingTenant tenant, JsonObject credential, string? email = null)
    {
        var url = $"/{tenant.Name}/ob3/verify" + (email is null ? "" : "?recipientEmail=" + Uri.EscapeDataString(email));
        using var content = new StringContent(credential.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url} returned {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<string> UploadAsync(IssuingTenant tenant, HttpClient client, byte[] image, string fileName)
    {
        var form = await client.GetStringAsync($"/{tenant.Name}/verifier");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.ReadAntiforgeryToken(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(image), "Image", fileName },
        };
        var response = await client.PostAsync($"/{tenant.Name}/verifier", content);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /verifier returned {(int)response.StatusCode}: {page}");
        return page;
    }
}
