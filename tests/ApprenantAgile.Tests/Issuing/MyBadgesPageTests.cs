using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>"Mes badges" over HTTP: only the signed-in learner's badges, and their downloads.</summary>
public sealed class MyBadgesPageTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public MyBadgesPageTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Page_lists_only_own_badges(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var own = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, " Lea.Moreau@Exemple.fr"));
        var other = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, "paul.girard@exemple.fr"));
        using var client = await SignInLearnerAsync(tenant, "lea", "lea.moreau@exemple.fr");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/{tenant.Name}/mes-badges"));

        Assert.Contains(own.AssertionUrl.AbsoluteUri, page);
        Assert.Contains(tenant.Class(IssuingTenant.PlainSlug).Name, page);
        Assert.DoesNotContain(other.AssertionId, page);
        Assert.DoesNotContain(tenant.Class(IssuingTenant.ExpiringSlug).Name, page);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Downloads_serve_own_badge(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var own = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "nina@exemple.fr"));
        using var client = await SignInLearnerAsync(tenant, "nina", "nina@exemple.fr");
        var page = await client.GetStringAsync($"/{tenant.Name}/mes-badges");

        var json = await client.GetAsync($"/{tenant.Name}/mes-badges/{own.AssertionId}/badge.json");
        var png = await client.GetAsync(own.AssertionUrl.AbsoluteUri + "/image.png");
        var svg = await client.GetAsync(own.AssertionUrl.AbsoluteUri + "/image.svg");

        Assert.Contains($"href=\"{own.AssertionUrl.AbsoluteUri}/image.png\"", page);
        Assert.Contains($"href=\"{own.AssertionUrl.AbsoluteUri}/image.svg\"", page);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("attachment", json.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(own.AssertionUrl.AbsoluteUri, JsonNode.Parse(await json.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Contains(own.AssertionUrl.AbsoluteUri, await svg.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Json_download_of_another_learner_is_not_found(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var other = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "quelqu-un@exemple.fr"));
        using var client = await SignInLearnerAsync(tenant, "hugo", "hugo@exemple.fr");

        var response = await client.GetAsync($"/{tenant.Name}/mes-badges/{other.AssertionId}/badge.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Anonymous_is_sent_to_login(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await client.GetAsync($"/{tenant.Name}/mes-badges");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"/{tenant.Name}/account/login", response.Headers.Location!.ToString());
    }

    private async Task<HttpClient> SignInLearnerAsync(IssuingTenant tenant, string userName, string email)
    {
        await TestUsers.CreateAsync(_factory, tenant.Name, userName, [StandardRoles.Apprenant], email: email);
        var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, $"/{tenant.Name}", userName);
        return client;
    }
}
