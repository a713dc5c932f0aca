using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using ApprenantAgile.Tests.JsonLd;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// Hands credentials issued by the platform, and the issuer and status list documents its endpoints serve,
/// to Digital Bazaar's verifier (tests/interop-ob3/verify-issued.mjs), and checks the reverse direction.
/// </summary>
public sealed class Ob3NpmInteropTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Npm_verifies_issued_credential()
    {
        var (_, client, credential) = await IssueAsync("npm@exemple.fr");

        var result = await NpmVerifyAsync(client, credential);

        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.False(result["revoked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Npm_rejects_tampered_credential()
    {
        var (_, client, credential) = await IssueAsync("npm-modifie@exemple.fr");
        credential["validUntil"] = "2099-12-31T23:59:59Z";

        var result = await NpmVerifyAsync(client, credential);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.False(result["revoked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Npm_reports_revoked_credential()
    {
        var (tenant, client, credential) = await IssueAsync("npm-revoque@exemple.fr");
        var assertionId = credential["id"]!.GetValue<string>().Split('/').Last();
        await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionRevoker>().RevokeAsync(assertionId, "Erreur.", null, CancellationToken.None));

        var result = await NpmVerifyAsync(client, credential);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.True(result["revoked"]!.GetValue<bool>(), result.ToJsonString());
    }

    [Fact]
    public async Task Npm_signed_proof_needs_issuer_key()
    {
        // Node signs the platform's credential again with a key of its own under a method id of the issuer. The
        // cryptosuite accepts node's proof with that key, but the platform's verifier rejects the credential,
        // because the issuer's controller document does not list the key.
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var (tenant, client, credential) = await IssueAsync("npm-signe@exemple.fr");
        var unsigned = (JsonObject)credential.DeepClone();
        unsigned.Remove("proof");
        var method = tenant.BaseUrl + "/ob3/issuer#key-npm";

        var signed = await NodeSignAsync(unsigned, key, method);
        var suiteResult = await Ob3Http.Suite.VerifyAsync(signed, id => id == method ? key.PublicKey : null);
        var platformResult = await PostVerifyAsync(client, tenant, signed);

        Assert.True(suiteResult.Verified, suiteResult.FailureReason);
        Assert.False(platformResult["verified"]!.GetValue<bool>());
        Assert.False(platformResult["signatureValid"]!.GetValue<bool>());
    }

    private async Task<(IssuingTenant Tenant, HttpClient Client, JsonObject Credential)> IssueAsync(string email)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, email) with { RecipientName = "Émilie Lefèvre" });
        var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var credential = await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(issued.AssertionUrl));
        return (tenant, client, credential);
    }

    /// <summary>Fetches over HTTP every document the npm verifier needs, then runs it offline on them.</summary>
    private static async Task<JsonObject> NpmVerifyAsync(HttpClient client, JsonObject credential)
    {
        var issuerId = credential["issuer"]!["id"]!.GetValue<string>();
        var statusListUrl = credential["credentialStatus"]!["statusListCredential"]!.GetValue<string>();
        var documents = new JsonObject
        {
            [issuerId] = await Ob3Http.GetAsync(client, issuerId, OpenBadgesV3.JsonLdMediaType),
            [statusListUrl] = await Ob3Http.GetAsync(client, statusListUrl),
        };
        var input = new JsonObject { ["credential"] = credential.DeepClone(), ["documents"] = documents };

        var (exitCode, output, error) = await NodeInterop.RunAsync("verify-issued.mjs", input.ToJsonString());

        Assert.True(exitCode is 0 or 1, $"node verify-issued.mjs failed ({exitCode}): {error}");
        return JsonNode.Parse(output)!.AsObject();
    }

    private static async Task<JsonObject> NodeSignAsync(JsonObject credential, Key key, string method)
    {
        var arguments = new[] { "--public-key", Multikey.EncodeEd25519PublicKey(key.PublicKey), "--secret-key", Multikey.EncodeEd25519SecretKey(key), "--verification-method", method, "--created", "2026-01-02T03:04:05Z" };
        var (exitCode, output, error) = await NodeInterop.RunAsync("sign.mjs", credential.ToJsonString(), arguments);
        Assert.True(exitCode == 0, error);
        return JsonNode.Parse(output)!.AsObject();
    }

    private static async Task<JsonObject> PostVerifyAsync(HttpClient client, IssuingTenant tenant, JsonObject credential)
    {
        using var content = new StringContent(credential.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/{tenant.Name}/ob3/verify", content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
