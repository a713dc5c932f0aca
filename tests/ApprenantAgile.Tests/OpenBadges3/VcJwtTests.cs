using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.OpenBadges.V3.Jwt;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.OpenBadges3;

public sealed class VcJwtTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Issued_credential_jwt_verifies(DatabaseProvider provider)
    {
        var (tenant, client, credentialUrl) = await IssueAsync(provider, "jeton@exemple.fr");
        var jwt = await GetJwtAsync(client, credentialUrl);

        var result = await PostVerifyAsync(client, tenant, jwt, "Jeton@Exemple.fr");

        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["signatureValid"]!.GetValue<bool>());
        Assert.Equal("Match", result["recipient"]!.GetValue<string>());
        Assert.Equal(credentialUrl, result["credentialId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Jwt_header_and_claims_follow_the_credential()
    {
        var (_, client, credentialUrl) = await IssueAsync(DatabaseProvider.Sqlite, "claims@exemple.fr");
        var credential = await Ob3Http.GetAsync(client, credentialUrl);

        var jwt = VcJwt.Parse(await GetJwtAsync(client, credentialUrl))!;

        Assert.Equal("RS256", jwt.Header["alg"]!.GetValue<string>());
        Assert.Equal("vc+jwt", jwt.Header["typ"]!.GetValue<string>());
        Assert.Equal(credential["issuer"]!["id"]!.GetValue<string>(), jwt.Payload["iss"]!.GetValue<string>());
        Assert.Equal(credentialUrl, jwt.Payload["jti"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse(credential["validFrom"]!.GetValue<string>()).ToUnixTimeSeconds(), jwt.Payload["nbf"]!.GetValue<long>());
        Assert.Equal(DateTimeOffset.Parse(credential["validUntil"]!.GetValue<string>()).ToUnixTimeSeconds(), jwt.Payload["exp"]!.GetValue<long>());
        Assert.Null(jwt.Payload["proof"]);
    }

    [Fact]
    public async Task Jwt_kid_resolves_to_tenant_key()
    {
        var (tenant, client, credentialUrl) = await IssueAsync(DatabaseProvider.Sqlite, "kid@exemple.fr");
        var kid = VcJwt.Parse(await GetJwtAsync(client, credentialUrl))!.Header["kid"]!.GetValue<string>();

        var keySet = await Ob3Http.GetAsync(client, $"{tenant.BaseUrl}/ob3/jwks", VcJwt.KeySetMediaType);

        Assert.StartsWith($"{tenant.BaseUrl}/ob3/jwks#", kid);
        var key = Assert.Single(keySet["keys"]!.AsArray(), k => k!["kid"]!.GetValue<string>() == kid)!;
        Assert.Equal("RSA", key["kty"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Tampered_jwt_payload_fails_with_reason(DatabaseProvider provider)
    {
        var (tenant, client, credentialUrl) = await IssueAsync(provider, "falsifie@exemple.fr");
        var parts = (await GetJwtAsync(client, credentialUrl)).Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        payload["credentialSubject"]!["achievement"]!["name"] = "Badge inventé";
        var tampered = $"{parts[0]}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";

        var result = await PostVerifyAsync(client, tenant, tampered);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.False(result["signatureValid"]!.GetValue<bool>());
        Assert.Contains("La signature ne correspond pas", result["problems"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Jwt_with_claim_that_contradicts_credential_fails()
    {
        // Signed with the issuer's own key, so only the claim check can reject it.
        var (tenant, client, credentialUrl) = await IssueAsync(DatabaseProvider.Sqlite, "contradiction@exemple.fr");
        var payload = VcJwt.Parse(await GetJwtAsync(client, credentialUrl))!.Payload;
        payload["jti"] = credentialUrl + "-autre";
        var jwt = await tenant.WithScopeAsync(async sp =>
        {
            using var key = await sp.GetRequiredService<IssuerKeyRing>().GetActiveSigningKeyAsync(IssuerKeyType.Rsa);
            return key.SignJws(JsonSerializer.SerializeToUtf8Bytes(payload), sp.GetRequiredService<IssuerJsonWebKeySet>().KeyId(key.KeyId), VcJwt.HeaderType);
        });

        var result = await PostVerifyAsync(client, tenant, jwt);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.True(result["signatureValid"]!.GetValue<bool>());
        Assert.Contains("La revendication JWT jti ne correspond pas", result["problems"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Jwt_with_alg_none_is_rejected()
    {
        var (tenant, client, credentialUrl) = await IssueAsync(DatabaseProvider.Sqlite, "none@exemple.fr");
        var parts = (await GetJwtAsync(client, credentialUrl)).Split('.');
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!.AsObject();
        header["alg"] = "none";
        var unsigned = $"{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header))}.{parts[1]}.{parts[2]}";

        var result = await PostVerifyAsync(client, tenant, unsigned);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.Contains("seul RS256 est accepté", result["problems"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Jwt_signed_with_other_tenant_key_is_rejected()
    {
        // The other tenant's key signs a payload that names this tenant as issuer: its key set is not next to this issuer.
        var (tenant, client, credentialUrl) = await IssueAsync(DatabaseProvider.Sqlite, "usurpe-jwt@exemple.fr");
        var (other, _, _) = await IssueAsync(DatabaseProvider.Sqlite, "autre-jwt@exemple.fr");
        var payload = VcJwt.Parse(await GetJwtAsync(client, credentialUrl))!.Payload;
        var jwt = await other.WithScopeAsync(async sp =>
        {
            using var key = await sp.GetRequiredService<IssuerKeyRing>().GetActiveSigningKeyAsync(IssuerKeyType.Rsa);
            return key.SignJws(JsonSerializer.SerializeToUtf8Bytes(payload), sp.GetRequiredService<IssuerJsonWebKeySet>().KeyId(key.KeyId), VcJwt.HeaderType);
        });

        var result = await PostVerifyAsync(client, tenant, jwt);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.Contains("n’appartient pas à l’émetteur", result["problems"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Jwt_of_retired_key_still_verifies(DatabaseProvider provider)
    {
        var (tenant, client, credentialUrl) = await IssueAsync(provider, "rotation@exemple.fr");
        var before = await GetJwtAsync(client, credentialUrl);
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Rsa));
        var after = await GetJwtAsync(client, credentialUrl);

        var result = await PostVerifyAsync(client, tenant, before);

        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.NotEqual(VcJwt.Parse(before)!.Header["kid"]!.GetValue<string>(), VcJwt.Parse(after)!.Header["kid"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoked_credential_jwt_reports_revoked(DatabaseProvider provider)
    {
        var (tenant, client, credentialUrl) = await IssueAsync(provider, "revoque@exemple.fr");
        var jwt = await GetJwtAsync(client, credentialUrl);
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionRevoker>().RevokeAsync(credentialUrl.Split('/').Last(), "Badge attribué par erreur.", null, CancellationToken.None));

        var result = await PostVerifyAsync(client, tenant, jwt);

        Assert.Equal("Revoked", result["outcome"]!.GetValue<string>());
        Assert.Equal("Badge attribué par erreur.", result["revocationReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verification_page_verifies_pasted_jwt()
    {
        var (tenant, client, credentialUrl) = await IssueAsync(DatabaseProvider.Sqlite, "page-jwt@exemple.fr");
        var jwt = await GetJwtAsync(client, credentialUrl);

        var response = await TestUsers.PostFormAsync(client, $"/{tenant.Name}/verifier", new Dictionary<string, string> { ["Text"] = jwt });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Ce badge est valide.", page);
        Assert.Contains("La signature de l’émetteur est valide", page);
    }

    [Fact]
    public async Task Jwt_download_matches_the_credential_url_representation()
    {
        var (_, client, credentialUrl) = await IssueAsync(DatabaseProvider.Sqlite, "fichier@exemple.fr");

        using var response = await client.GetAsync(credentialUrl + "/credential.jwt");

        Assert.Equal(VcJwt.MediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await GetJwtAsync(client, credentialUrl), await response.Content.ReadAsStringAsync());
    }

    private async Task<(IssuingTenant Tenant, HttpClient Client, string CredentialUrl)> IssueAsync(DatabaseProvider provider, string email)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, email));
        var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        return (tenant, client, Ob3Http.CredentialUrl(issued.AssertionUrl));
    }

    private static async Task<string> GetJwtAsync(HttpClient client, string credentialUrl)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, credentialUrl);
        request.Headers.TryAddWithoutValidation("Accept", VcJwt.MediaType);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {credentialUrl} as {VcJwt.MediaType} returned {(int)response.StatusCode}: {body}");
        Assert.Equal(VcJwt.MediaType, response.Content.Headers.ContentType!.MediaType);
        return body;
    }

    private static async Task<JsonObject> PostVerifyAsync(HttpClient client, IssuingTenant tenant, string jwt, string? email = null)
    {
        var url = $"/{tenant.Name}/ob3/verify" + (email is null ? "" : "?recipientEmail=" + Uri.EscapeDataString(email));
        using var content = new StringContent(jwt, Encoding.ASCII, VcJwt.MediaType);
        using var response = await client.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url} returned {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
