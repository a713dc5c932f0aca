using System.Net;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Tenants;

public sealed class TenantCreationTests(TenantTestFactory factory) : IClassFixture<TenantTestFactory>
{
    private const string CreateUrl = "/admin/tenants/create";

    private static IEnumerable<KeyValuePair<string, string>> Form(
        string name, DatabaseProvider provider, string? prefix = null, string hosts = "", string recipe = "centre") =>
    [
        new("Name", name),
        new("SiteName", "APP Test"),
        new("RequestUrlPrefix", prefix ?? name),
        new("RequestUrlHosts", hosts),
        new("RecipeName", recipe),
        new("AdminEmail", "direction@centre.test"),
        new("DatabaseProvider", provider.ToString()),
    ];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_form_sets_up_running_tenant(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        using var client = await factory.CreateAdminClientAsync();

        var response = await TenantTestFactory.PostFormAsync(client, CreateUrl, CreateUrl, Form(name, provider));
        var created = await client.GetAsync(response.Headers.Location);
        var html = await created.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"href=\"/{name}/\"", html);
        Assert.Equal(TenantState.Running, factory.TenantHost.FindSettings(name)?.State);
        Assert.Equal(provider, factory.TenantHost.FindSettings(name)?.DatabaseProvider);
        Assert.True(await factory.StorageExistsAsync(factory.TenantHost.FindSettings(name)!));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Duplicate_name_prefix_and_host_are_rejected_together(DatabaseProvider provider)
    {
        var existing = PlatformFactory.UniqueTenantName("centre");
        var host = $"{existing}.example.test";
        using var client = await factory.CreateAdminClientAsync();
        var first = await TenantTestFactory.PostFormAsync(client, CreateUrl, CreateUrl, Form(existing, provider, hosts: host));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var response = await TenantTestFactory.PostFormAsync(client, CreateUrl, CreateUrl, Form(existing, provider, hosts: host));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"Un centre nommé « {existing} » existe déjà", html);
        Assert.Contains($"Le préfixe d'adresse « {existing} » est déjà utilisé par le centre « {existing} »", html);
        Assert.Contains($"Le nom d'hôte « {host} » est déjà utilisé par le centre « {existing} »", html);
        Assert.Single(factory.TenantHost.AllSettings, t => t.Name == existing);
    }

    [Theory]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("../x", DatabaseProvider.Sqlite)]
    [InlineData("Centre Lyon", DatabaseProvider.Sqlite)]
    [InlineData("admin", DatabaseProvider.Sqlite)]
    [InlineData("default", DatabaseProvider.Sqlite)]
    [InlineData("../x", DatabaseProvider.Postgres)]
    [InlineData("admin", DatabaseProvider.Postgres)]
    public async Task Unsafe_name_is_rejected_and_nothing_created(string name, DatabaseProvider provider)
    {
        using var client = await factory.CreateAdminClientAsync();
        var tenantsBefore = factory.TenantHost.AllSettings.Count;
        var sitesFolder = Path.Combine(factory.AppDataPath, "Sites");
        var foldersBefore = Directory.Exists(sitesFolder) ? Directory.GetDirectories(sitesFolder).Length : 0;

        var response = await TenantTestFactory.PostFormAsync(client, CreateUrl, CreateUrl, Form(name, provider, prefix: "prefixe-libre"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"Le nom « {name} »", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal(tenantsBefore, factory.TenantHost.AllSettings.Count);
        Assert.Equal(foldersBefore, Directory.Exists(sitesFolder) ? Directory.GetDirectories(sitesFolder).Length : 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unknown_recipe_is_rejected_and_nothing_created(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<TenantManager>();

        var result = await manager.CreateAsync(new TenantCreateRequest
        {
            Name = name,
            RequestUrlPrefix = name,
            SiteName = "APP Test",
            AdminEmail = "direction@centre.test",
            RecipeName = "recette-inconnue",
            DatabaseProvider = provider,
        });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(TenantCreateRequest.RecipeName), error.Field);
        Assert.Contains("\"recette-inconnue\"", error.Message);
        Assert.Contains("centre", error.Message);
        Assert.Null(factory.TenantHost.FindSettings(name));
        Assert.False(await factory.StorageExistsAsync(TenantTestFactory.Planned(name, provider)));
    }

    [Fact]
    public async Task Multiplexing_connection_string_is_rejected()
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<TenantManager>();

        var result = await manager.CreateAsync(new TenantCreateRequest
        {
            Name = name,
            RequestUrlPrefix = name,
            SiteName = "APP Test",
            AdminEmail = "direction@centre.test",
            DatabaseProvider = DatabaseProvider.Postgres,
            ConnectionString = "Host=127.0.0.1;Username=postgres;Multiplexing=true",
        });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(TenantCreateRequest.ConnectionString), error.Field);
        Assert.Contains("Multiplexing=true", error.Message);
        Assert.Null(factory.TenantHost.FindSettings(name));
    }

    [Fact]
    public async Task Errors_name_their_fields()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<TenantManager>();

        var invalidHost = await manager.CreateAsync(new TenantCreateRequest
        {
            Name = "centre-hote", SiteName = "APP", AdminEmail = "a@b.fr", RequestUrlHosts = ["Centre_Lyon.FR:80"],
        });
        var noAddress = await manager.CreateAsync(new TenantCreateRequest
        {
            Name = "centre-sans-adresse", SiteName = "", AdminEmail = "pas-une-adresse",
        });

        Assert.Equal([nameof(TenantCreateRequest.RequestUrlHosts)], invalidHost.Errors.Select(e => e.Field));
        Assert.Equal(
            [nameof(TenantCreateRequest.RequestUrlPrefix), nameof(TenantCreateRequest.SiteName), nameof(TenantCreateRequest.AdminEmail)],
            noAddress.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Tenants_page_redirects_anonymous_to_login()
    {
        using var anonymous = factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await anonymous.GetAsync("/admin/tenants");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{PlatformFactory.NationalHost}/account/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Tenants_page_needs_ManageTenants()
    {
        // A role with another admin permission shows that the user is signed in and the denial is about ManageTenants.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await TestUsers.CreateRoleAsync(factory, TenantSettings.DefaultTenantName, "features-" + suffix, [FeaturePermissions.ManageFeaturesName]);
        await TestUsers.CreateAsync(factory, TenantSettings.DefaultTenantName, "features-" + suffix, ["features-" + suffix]);
        using var withoutPermission = factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(withoutPermission, "", "features-" + suffix);

        var featuresPage = await withoutPermission.GetAsync("/admin/features");
        var tenantsPage = await withoutPermission.GetAsync("/admin/tenants");
        var deniedPage = await withoutPermission.GetAsync(tenantsPage.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, featuresPage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, tenantsPage.StatusCode);
        Assert.StartsWith($"http://{PlatformFactory.NationalHost}/account/access-denied", tenantsPage.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
    }
}
