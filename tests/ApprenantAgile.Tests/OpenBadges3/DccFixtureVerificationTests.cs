using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.JsonLd;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// POST /ob3/verify on every Digital Credentials Consortium verifier fixture: did:key issuers are resolved
/// offline, did:web documents and remote status lists come from saved copies through the remote document client.
/// </summary>
public sealed class DccFixtureVerificationTests(DccFixturesPlatformFactory factory) : IClassFixture<DccFixturesPlatformFactory>
{
    public static TheoryData<DccFixtureCase> Cases => new(DccFixtureCase.All);

    [Fact]
    public void Every_fixture_has_an_expected_outcome()
    {
        var folder = OpenBadges3Fixtures.PathOf("dcc/credentials");
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, DccFixtureCase.All.Select(c => c.File).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fixture_gets_expected_outcome_and_reason(DccFixtureCase fixture)
    {
        var credential = OpenBadges3Fixtures.ReadObject("dcc/credentials/" + fixture.File);

        var result = await VerifyAsync(credential);

        Assert.True(fixture.Outcome == result["outcome"]!.GetValue<string>(), $"{fixture.File}: {result.ToJsonString()}");
        Assert.Equal(fixture.SignatureValid, result["signatureValid"]!.GetValue<bool>());
        var problems = result["problems"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        if (fixture.Problem is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problems, p => p.StartsWith(fixture.Problem, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("v2/v2NoStatus.json")]
    [InlineData("v1/v1NoStatus.json")]
    [InlineData("v2/didWeb/v2didWebWithValidStatus.json")]
    [InlineData("eddsa/v2/v2EddsaWithValidStatus.json")]
    public async Task Tampered_fixture_fails_on_signature(string file)
    {
        var credential = OpenBadges3Fixtures.ReadObject("dcc/credentials/" + file);
        credential["credentialSubject"]!["achievement"]!["name"] = "Badge inventé";

        var result = await VerifyAsync(credential);

        Assert.Equal("Invalid", result["outcome"]!.GetValue<string>());
        Assert.False(result["signatureValid"]!.GetValue<bool>());
        Assert.StartsWith(DccFixtureCase.SignatureProblem, result["problems"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foreign_did_key_method_is_unknown()
    {
        // The proof claims a method of the same did:key whose fragment names another key: it is not the DID's key.
        var credential = OpenBadges3Fixtures.ReadObject("dcc/credentials/v2/v2NoStatus.json");
        var method = credential["proof"]!["verificationMethod"]!.GetValue<string>();
        credential["proof"]!["verificationMethod"] = method[..(method.IndexOf('#') + 1)] + "z6MkfGZKFTyxiH9HgFUHbPQigEWh8PtFaRkESt9oQLiTvhVq";

        var result = await VerifyAsync(credential);

        Assert.False(result["signatureValid"]!.GetValue<bool>());
        Assert.StartsWith(DccFixtureCase.UnknownKeyProblem, result["problems"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remote_documents_use_test_handler()
    {
        await VerifyAsync(OpenBadges3Fixtures.ReadObject("dcc/credentials/v2/didWeb/v2didWebMultikeyWithValidStatus.json"));

        Assert.Contains("https://digitalcredentials.github.io/dcc-did-web/multikey/did.json", factory.Documents.Requested);
        Assert.Contains(SavedDocumentsHandler.StatusListUrl, factory.Documents.Requested);
    }

    private async Task<JsonObject> VerifyAsync(JsonObject credential)
    {
        var tenant = await factory.TenantAsync();
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        using var content = new StringContent(credential.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/{tenant.Name}/ob3/verify", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /ob3/verify returned {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
