using System.Net;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Admin;

/// <summary>The features page through HTTP: disabling a feature on one tenant hides its pages there only.</summary>
public sealed class FeaturesAdminTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<DatabaseProvider, string, string> FeaturePages => new()
    {
        // Provider, feature id, one of the feature's admin pages.
        { DatabaseProvider.Sqlite, PlatformFeatures.Deployment, "/admin/deployment" },
        { DatabaseProvider.Postgres, PlatformFeatures.Deployment, "/admin/deployment" },
        { DatabaseProvider.Sqlite, PlatformFeatures.ContentTypes, "/admin/content-types" },
        { DatabaseProvider.Postgres, PlatformFeatures.ContentTypes, "/admin/content-types" },
    };

    [Theory]
    [MemberData(nameof(FeaturePages))]
    public async Task DisabledFeature_HidesPageOnItsTenantOnly(DatabaseProvider provider, string featureId, string pagePath)
    {
        using var tenantA = await AdminTestTenant.CreateAsync(factory, provider);
        using var tenantB = await AdminTestTenant.CreateAsync(factory, provider);
        var beforeOnA = await tenantA.Client.GetAsync(tenantA.PathBase + pagePath);

        var disable = await tenantA.PostFormAsync("/admin/features", new Dictionary<string, string>(), postPath: $"/admin/features/{featureId}/disable");
        var features = WebUtility.HtmlDecode(await (await tenantA.Client.GetAsync($"{tenantA.PathBase}/admin/features")).Content.ReadAsStringAsync());
        var afterOnA = await tenantA.Client.GetAsync(tenantA.PathBase + pagePath);
        var afterOnB = await tenantB.Client.GetAsync(tenantB.PathBase + pagePath);

        Assert.Equal(HttpStatusCode.OK, beforeOnA.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Contains("est désactivée.", features);
        Assert.Equal(HttpStatusCode.NotFound, afterOnA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterOnB.StatusCode);
    }

    /// <summary>The features page has its own words for "Workflows" and "Enabled" (msgctxt of the view).</summary>
    [Fact]
    public async Task Features_page_uses_its_own_wording()
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var html = WebUtility.HtmlDecode(await tenant.Client.GetStringAsync($"{tenant.PathBase}/admin/features?culture=fr"));

        Assert.Contains("<h3>Flux de travail</h3>", html);
        Assert.Contains("<p>Activé</p>", html);
        Assert.DoesNotContain("<p>Actif</p>", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EnableAgain_BringsPageBack(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider);
        await tenant.PostFormAsync("/admin/features", new Dictionary<string, string>(), postPath: $"/admin/features/{PlatformFeatures.Deployment}/disable");

        var enable = await tenant.PostFormAsync("/admin/features", new Dictionary<string, string>(), postPath: $"/admin/features/{PlatformFeatures.Deployment}/enable");
        var page = await tenant.Client.GetAsync($"{tenant.PathBase}/admin/deployment");

        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Disable_WithoutAntiforgeryTokenIsRejected(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider);

        var response = await tenant.Client.PostAsync(
            $"{tenant.PathBase}/admin/features/{PlatformFeatures.Deployment}/disable", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var page = await tenant.Client.GetAsync($"{tenant.PathBase}/admin/deployment");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
