using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using ApprenantAgile.Tests.JsonLd;
using NSec.Cryptography;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// Checks the reverse direction of the npm interop: a proof that node signs over the platform's credential. The npm
/// verifiers' checks of issued credentials, fetched over HTTP, are in <see cref="Loopback.DigitalBazaarHttpTests"/>.
/// </summary>
public sealed class Ob3NpmInteropTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
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
