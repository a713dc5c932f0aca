using System.Net;
using System.Text.Json;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Tenants;

public sealed class FeatureGateTests(TenantTestFactory factory) : IClassFixture<TenantTestFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Tenants_page_exists_only_where_feature_is_enabled(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name);
        using var nationalAdmin = await factory.CreateAdminClientAsync();
        using var centreAdmin = await factory.CreateCentreAdminClientAsync(name, name);

        var national = await nationalAdmin.GetAsync("/admin/tenants");
        var centre = await centreAdmin.GetAsync($"/{name}/admin/tenants");

        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, centre.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Features_page_enables_and_disables_feature(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name);
        using var admin = await factory.CreateCentreAdminClientAsync(name, name);
        var page = $"/{name}/admin/features";
        const string feature = "ApprenantAgile.ContentTypes";

        var enable = await TenantTestFactory.PostFormAsync(admin, page, $"{page}/{feature}/enable", []);
        var afterEnable = await StateAsync(admin, $"{page}/{feature}/state");
        var disable = await TenantTestFactory.PostFormAsync(admin, page, $"{page}/{feature}/disable", []);
        var afterDisable = await StateAsync(admin, $"{page}/{feature}/state");

        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.True(afterEnable);
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.False(afterDisable);
    }

    [Fact]
    public async Task Disabling_essential_feature_shows_error()
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        await factory.CreateRunningTenantAsync(name, DatabaseProvider.Sqlite, prefix: name);
        using var admin = await factory.CreateCentreAdminClientAsync(name, name);
        var page = $"/{name}/admin/features";

        var response = await TenantTestFactory.PostFormAsync(admin, page, $"{page}/ApprenantAgile.Recipes/disable", []);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The feature \"Recipes\" is essential to the platform and cannot be disabled.", html);
    }

    private static async Task<bool> StateAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.GetProperty("enabled").GetBoolean();
    }
}
