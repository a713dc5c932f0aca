using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>The public OB 2.0 documents served from the document cache: entity tags, 304, Cache-Control and invalidation.</summary>
public sealed class Ob2DocumentCacheTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public Ob2DocumentCacheTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Matching_etag_returns_not_modified(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "etag@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var first = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");
        var second = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");
        var conditional = await GetConditionalAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json", first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl!.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, conditional.Headers.ETag);
        Assert.Contains("Accept", conditional.Headers.Vary);
    }

    [Fact]
    public async Task Json_and_json_ld_have_different_etags()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "representations@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var jsonLd = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");
        var json = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/json");
        var crossed = await GetConditionalAsync(client, issued.AssertionUrl.AbsoluteUri, "application/json", jsonLd.Headers.ETag!.Tag);

        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(jsonLd.Headers.ETag, json.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, crossed.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revocation_replaces_cached_assertion(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "cache-revoked@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var before = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");
        var listBefore = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/revocations");

        await IssuingActions.RevokeAsync(tenant, issued.AssertionId, "Erreur de saisie.");
        var after = await GetConditionalAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json", before.Headers.ETag!.Tag);
        var listAfter = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/revocations");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Empty(listBefore["revokedAssertions"]!.AsArray());
        Assert.Equal(HttpStatusCode.Gone, after.StatusCode);
        Assert.Null(after.Headers.ETag);
        Assert.Equal("Erreur de saisie.", JsonNode.Parse(await after.Content.ReadAsStringAsync())!["revocationReason"]!.GetValue<string>());
        Assert.Single(listAfter["revokedAssertions"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Key_rotation_replaces_cached_issuer(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var before = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/issuer");

        var rotated = await IssuingActions.RotateRsaKeyAsync(tenant);
        var after = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/issuer");
        var newKey = await Ob2Http.GetJsonAsync(client, after["publicKey"]!.GetValue<string>());

        Assert.NotEqual(before["publicKey"]!.GetValue<string>(), after["publicKey"]!.GetValue<string>());
        Assert.EndsWith("/ob2/keys/" + rotated.KeyId, after["publicKey"]!.GetValue<string>());
        Assert.Equal(after["publicKey"]!.GetValue<string>(), newKey["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Documents_get_cache_lifetimes_by_kind()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "lifetimes@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var assertion = await Ob2Http.GetJsonAsync(client, issued.AssertionUrl.AbsoluteUri);
        var badgeUrl = assertion["badge"]!.GetValue<string>();
        var issuer = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/issuer");

        Assert.Equal(TimeSpan.FromMinutes(5), await MaxAgeAsync(client, $"{tenant.BaseUrl}/ob2/revocations"));
        Assert.Equal(TimeSpan.FromMinutes(5), await MaxAgeAsync(client, issued.AssertionUrl.AbsoluteUri + "/signed"));
        Assert.Equal(TimeSpan.FromHours(1), await MaxAgeAsync(client, $"{tenant.BaseUrl}/ob2/issuer"));
        Assert.Equal(TimeSpan.FromDays(1), await MaxAgeAsync(client, badgeUrl));
        Assert.Equal(TimeSpan.FromDays(1), await MaxAgeAsync(client, issuer["publicKey"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Disabled_feature_hides_cached_assertion()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "feature-off@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var cached = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");

        var result = await tenant.WithScopeAsync(sp => sp.GetRequiredService<TenantFeatureManager>().DisableAsync([IssuingTenant.BadgesFeature]));
        var hidden = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Unknown_assertion_stays_not_found()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var url = $"{tenant.BaseUrl}/ob2/assertions/{Guid.NewGuid():N}";

        var first = await Ob2Http.GetAsync(client, url, "application/ld+json");
        var second = await Ob2Http.GetAsync(client, url, "application/ld+json");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> GetConditionalAsync(HttpClient client, string url, string accept, string entityTag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(entityTag));
        return await client.SendAsync(request);
    }

    private static async Task<TimeSpan?> MaxAgeAsync(HttpClient client, string url)
    {
        var response = await Ob2Http.GetAsync(client, url, "application/ld+json");
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}.");
        return response.Headers.CacheControl?.MaxAge;
    }
}
