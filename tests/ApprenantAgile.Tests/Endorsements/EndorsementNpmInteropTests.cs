using System.Text.Json.Nodes;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.JsonLd;
using ApprenantAgile.Tests.OpenBadges3;

namespace ApprenantAgile.Tests.Endorsements;

/// <summary>
/// Hands an endorsement signed by the national tenant, with the national issuer document and endorsement status
/// list fetched over HTTP, to Digital Bazaar's verifier (tests/interop-ob3/verify-issued.mjs).
/// </summary>
public sealed class EndorsementNpmInteropTests
{
    [Fact]
    public async Task Npm_verifies_endorsement()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        var endorsement = await EndorseAndFetchAsync(site);

        var result = await NpmVerifyAsync(site, endorsement);

        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.False(result["revoked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Npm_rejects_tampered_endorsement()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        var endorsement = await EndorseAndFetchAsync(site);
        endorsement["credentialSubject"]!["id"] = "http://national.test/autre-centre/ob3/issuer";

        var result = await NpmVerifyAsync(site, endorsement);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.False(result["revoked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Npm_reports_withdrawn_endorsement()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        var endorsement = await EndorseAndFetchAsync(site);
        await site.WithdrawAsync(endorsement["id"]!.GetValue<string>().Split('/').Last());

        var result = await NpmVerifyAsync(site, endorsement);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.True(result["revoked"]!.GetValue<bool>(), result.ToJsonString());
    }

    private static async Task<JsonObject> EndorseAndFetchAsync(EndorsementSite site)
    {
        await site.EndorseClassAsync("numerique-architecte", "Référence nationale pour l’accompagnement numérique.");
        var id = Assert.Single(await site.ListEndorsementIdsAsync());
        using var client = site.CreateAnonymousClient();
        return await Ob3Http.GetAsync(client, $"http://national.test/ob3/endorsements/{id}");
    }

    private static async Task<JsonObject> NpmVerifyAsync(EndorsementSite site, JsonObject endorsement)
    {
        using var client = site.CreateAnonymousClient();
        var issuerId = endorsement["issuer"]!["id"]!.GetValue<string>();
        var statusListUrl = endorsement["credentialStatus"]!["statusListCredential"]!.GetValue<string>();
        var documents = new JsonObject
        {
            [issuerId] = await Ob3Http.GetAsync(client, issuerId, OpenBadgesV3.JsonLdMediaType),
            [statusListUrl] = await Ob3Http.GetAsync(client, statusListUrl),
        };
        var input = new JsonObject { ["credential"] = endorsement.DeepClone(), ["documents"] = documents };

        var (exitCode, output, error) = await NodeInterop.RunAsync("verify-issued.mjs", input.ToJsonString());

        Assert.True(exitCode is 0 or 1, $"node verify-issued.mjs failed ({exitCode}): {error}");
        return JsonNode.Parse(output)!.AsObject();
    }
}
