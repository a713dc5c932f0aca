using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.OpenBadges.V2;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Badges;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Issuing;

public sealed class Ob2EndpointTests : IClassFixture<PlatformFactory>
{
    private const string Obi = "https://w3id.org/openbadges#";

    private readonly PlatformFactory _factory;

    public Ob2EndpointTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Documents_carry_required_properties(DatabaseProvider provider)
    {
        var (assertion, badge, issuer) = await IssueAndFetchAsync(provider);

        foreach (var property in new[] { "@context", "type", "id", "recipient", "badge", "verification", "issuedOn" })
        {
            Assert.True(assertion[property] is not null, $"The assertion lacks '{property}': {assertion.ToJsonString()}");
        }

        foreach (var property in new[] { "@context", "type", "id", "name", "description", "image", "criteria", "issuer" })
        {
            Assert.True(badge[property] is not null, $"The badge class lacks '{property}': {badge.ToJsonString()}");
        }

        foreach (var property in new[] { "@context", "type", "id", "name", "url", "email", "publicKey", "revocationList" })
        {
            Assert.True(issuer[property] is not null, $"The issuer lacks '{property}': {issuer.ToJsonString()}");
        }

        Assert.Equal("HostedBadge", assertion["verification"]!["type"]!.GetValue<string>());
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00$", assertion["issuedOn"]!.GetValue<string>());
        Assert.Equal(badge["id"]!.GetValue<string>(), assertion["badge"]!.GetValue<string>());
        Assert.Equal(issuer["id"]!.GetValue<string>(), badge["issuer"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Documents_expand_with_embedded_context(DatabaseProvider provider)
    {
        var (assertion, badge, issuer) = await IssueAndFetchAsync(provider);
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };

        var expandedAssertion = JsonLdProcessor.Expand(assertion, options);
        var expandedBadge = JsonLdProcessor.Expand(badge, options);
        var expandedIssuer = JsonLdProcessor.Expand(issuer, options);

        Assert.Equal(Obi + "Assertion", expandedAssertion[0]!["@type"]![0]!.GetValue<string>());
        Assert.Equal(Obi + "HostedBadge", expandedAssertion[0]![Obi + "verify"]![0]!["@type"]![0]!.GetValue<string>());
        Assert.Equal(Obi + "BadgeClass", expandedBadge[0]!["@type"]![0]!.GetValue<string>());
        Assert.Equal(Obi + "Issuer", expandedIssuer[0]!["@type"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Documents_expand_with_npm_jsonld()
    {
        var (assertion, badge, issuer) = await IssueAndFetchAsync(DatabaseProvider.Sqlite);
        var input = Path.Combine(Path.GetTempPath(), $"aa-issuing-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, new JsonArray(assertion.DeepClone(), badge.DeepClone(), issuer.DeepClone()).ToJsonString());

        try
        {
            var context = $"{OpenBadgesV2.ContextUrl}={NodeInterop.FixturePath("context-v2.json")}";
            var (exitCode, output, error) = await NodeInterop.RunAsync("expand-jsonld.js", input, context);
            Assert.True(exitCode == 0, error);

            var results = JsonNode.Parse(output)!.AsArray();
            string[] names = ["assertion", "badge class", "issuer"];
            for (var i = 0; i < names.Length; i++)
            {
                Assert.True(results[i]!["ok"]!.GetValue<bool>(), $"npm jsonld failed to expand the {names[i]}: {results[i]!["error"]}");
            }
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Theory]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html")]
    [InlineData("*/*", "application/ld+json")]
    public async Task Assertion_negotiates_content_type(string accept, string expectedType)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "negotiation@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, accept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        if (expectedType == "text/html")
        {
            // The page follows the visitor's language cookie and sign-in: a shared cache must never hand it to someone else.
            Assert.False(response.Headers.CacheControl!.Public);
            Assert.True(response.Headers.CacheControl.Private);
            Assert.Contains("Délivré le", body);
            Assert.Contains(tenant.Class(IssuingTenant.PlainSlug).Name, body);
        }
        else
        {
            Assert.True(response.Headers.CacheControl!.Public);
            Assert.Equal(issued.AssertionUrl.AbsoluteUri, JsonNode.Parse(body)!["id"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoked_assertion_answers_gone(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "revoked@exemple.fr"));
        await IssuingActions.RevokeAsync(tenant, issued.AssertionId, "Délivré par erreur.");
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var revocations = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/revocations");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(issued.AssertionUrl.AbsoluteUri, body["id"]!.GetValue<string>());
        Assert.True(body["revoked"]!.GetValue<bool>());
        Assert.Equal("Délivré par erreur.", body["revocationReason"]!.GetValue<string>());
        var entry = revocations["revokedAssertions"]!.AsArray().Single()!;
        Assert.Equal($"urn:uuid:{Guid.ParseExact(issued.AssertionId, "N"):D}", entry["id"]!.GetValue<string>());
        Assert.Equal("Délivré par erreur.", entry["revocationReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_assertion_is_not_found()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await Ob2Http.GetAsync(client, $"{tenant.BaseUrl}/ob2/assertions/{Guid.NewGuid():N}", "application/ld+json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(JsonObject Assertion, JsonObject Badge, JsonObject Issuer)> IssueAndFetchAsync(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, "documents@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var assertion = await Ob2Http.GetJsonAsync(client, issued.AssertionUrl.AbsoluteUri);
        var badge = await Ob2Http.GetJsonAsync(client, assertion["badge"]!.GetValue<string>());
        var issuer = await Ob2Http.GetJsonAsync(client, badge["issuer"]!.GetValue<string>());
        return (assertion, badge, issuer);
    }
}
