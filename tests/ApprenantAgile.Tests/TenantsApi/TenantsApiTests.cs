using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApprenantAgile.Platform.Api.Tokens;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.TenantsApi;

/// <summary>The tenants API through HTTP, with real API tokens, on a national tenant on SQLite and on PostgreSQL.</summary>
public sealed class TenantsApiTests(TenantsApiHosts hosts) : IClassFixture<TenantsApiHosts>
{
    private const string Route = "/api/tenants";

    private static object Body(string name, string? prefix = null, string recipe = "centre", string? provider = null) => new
    {
        name,
        siteName = "APP de Test-Ville",
        adminEmail = "direction@centre.test",
        requestUrlPrefix = prefix ?? name,
        recipe,
        databaseProvider = provider,
        parameters = new Dictionary<string, string> { ["Region"] = "Bretagne" },
    };

    private async Task<(TenantsApiFactory Factory, HttpClient Client)> ManagerAsync(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        return (factory, factory.CreateApiClient(await factory.CreateTokenAsync(TenantPermissions.ManageTenantsName)));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string FirstError(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_sets_up_tenant_serving_home_page(DatabaseProvider provider)
    {
        var (factory, client) = await ManagerAsync(provider);
        var name = PlatformFactory.UniqueTenantName("api");

        var response = await client.PostAsJsonAsync(Route, Body(name));
        var tenant = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var visitor = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var home = await visitor.GetAsync($"/{name}/");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{Route}/{name}", response.Headers.Location?.OriginalString);
        Assert.Equal("Running", tenant.GetProperty("state").GetString());
        Assert.Equal(provider.ToString(), tenant.GetProperty("databaseProvider").GetString());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("APP de Test-Ville", await home.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_twice_with_same_settings_returns_existing(DatabaseProvider provider)
    {
        var (factory, client) = await ManagerAsync(provider);
        var name = PlatformFactory.UniqueTenantName("api");

        var first = await client.PostAsJsonAsync(Route, Body(name));
        var second = await client.PostAsJsonAsync(Route, Body(name));
        var tenant = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(name, tenant.GetProperty("name").GetString());
        Assert.Single(factory.TenantHost.AllSettings, t => t.Name == name);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_same_name_other_settings_conflicts(DatabaseProvider provider)
    {
        var (factory, client) = await ManagerAsync(provider);
        var name = PlatformFactory.UniqueTenantName("api");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(Route, Body(name))).StatusCode);

        var response = await client.PostAsJsonAsync(Route, Body(name, prefix: name + "-bis"));
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Equal("Le centre existe déjà", problem.GetProperty("title").GetString());
        Assert.Equal($"Un centre nommé « {name} » existe déjà avec d'autres paramètres. Envoyez les mêmes paramètres pour l'obtenir, ou choisissez un autre nom.",
            problem.GetProperty("detail").GetString());
        Assert.Equal($"Le centre a le préfixe d'adresse « {name} », pas « {name}-bis ».", FirstError(problem, "requestUrlPrefix"));
        Assert.Equal(name, factory.TenantHost.FindSettings(name)?.RequestUrlPrefix);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Invalid_request_lists_french_field_errors(DatabaseProvider provider)
    {
        var (factory, client) = await ManagerAsync(provider);
        var tenantsBefore = factory.TenantHost.AllSettings.Count;

        var response = await client.PostAsJsonAsync(Route, new { name = "../x", siteName = "", adminEmail = "pas-une-adresse", requestUrlPrefix = "admin", recipe = "inconnue" });
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Centre non valide", problem.GetProperty("title").GetString());
        Assert.Equal("Le nom « ../x » n'est pas valide : utilisez 3 à 50 lettres minuscules, chiffres et tirets, en commençant et en finissant par une lettre ou un chiffre.",
            FirstError(problem, "name"));
        Assert.Equal("L'adresse e-mail de l'administrateur « pas-une-adresse » n'est pas valide. Indiquez une adresse comme direction@centre.fr.",
            FirstError(problem, "adminEmail"));
        Assert.Contains("« admin »", FirstError(problem, "requestUrlPrefix"));
        Assert.Contains("« inconnue »", FirstError(problem, "recipe"));
        Assert.True(problem.GetProperty("errors").TryGetProperty("siteName", out _));
        Assert.Equal(tenantsBefore, factory.TenantHost.AllSettings.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Malformed_json_is_bad_request(DatabaseProvider provider)
    {
        var (_, client) = await ManagerAsync(provider);

        var response = await client.PostAsync(Route, new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Corps de requête non valide", problem.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Missing_token_is_unauthorized(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        using var client = factory.CreateApiClient(null);

        var response = await client.GetAsync(Route);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("Authentification requise", problem.GetProperty("title").GetString());
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unknown_token_is_unauthorized(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        using var client = factory.CreateApiClient(ApiTokenSecret.Create());

        var response = await client.PostAsJsonAsync(Route, Body(PlatformFactory.UniqueTenantName("api")));
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Le jeton d'API est inconnu ou révoqué. Demandez un nouveau jeton à un administrateur national.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoked_token_is_unauthorized(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        var secret = await factory.CreateTokenAsync(TenantPermissions.ManageTenantsName);
        using var client = factory.CreateApiClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Route)).StatusCode);

        await using (var scope = await factory.TenantHost.CreateScopeAsync(TenantSettings.DefaultTenantName))
        {
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
            var token = (await tokens.ListAsync()).Single(t => t.SecretHash == ApiTokenSecret.Hash(secret));
            Assert.True(await tokens.RevokeAsync(token.Id, "test"));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Route)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Token_without_permission_is_forbidden(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        using var client = factory.CreateApiClient(await factory.CreateTokenAsync("ManageUsers"));
        var name = PlatformFactory.UniqueTenantName("api");

        var response = await client.PostAsJsonAsync(Route, Body(name));
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Permission manquante", problem.GetProperty("title").GetString());
        Assert.Null(factory.TenantHost.FindSettings(name));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Signed_in_cookie_is_not_accepted(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, "", TenantsApiFactory.NationalAdminUserName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/tenants")).StatusCode);

        var response = await client.PostAsJsonAsync(Route, Body(PlatformFactory.UniqueTenantName("api")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Disable_then_enable_switches_home_page(DatabaseProvider provider)
    {
        var (factory, client) = await ManagerAsync(provider);
        var name = PlatformFactory.UniqueTenantName("api");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(Route, Body(name))).StatusCode);
        using var visitor = factory.CreateClientForHost(PlatformFactory.NationalHost);

        var disabled = await client.PostAsync($"{Route}/{name}/disable", null);
        var homeWhileDisabled = await visitor.GetAsync($"/{name}/");
        var enabled = await client.PostAsync($"{Route}/{name}/enable", null);
        var homeAfter = await visitor.GetAsync($"/{name}/");

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal("Disabled", (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, homeWhileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal("Running", (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, homeAfter.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Disable_unknown_or_national_tenant_fails(DatabaseProvider provider)
    {
        var (_, client) = await ManagerAsync(provider);

        var unknown = await client.PostAsync($"{Route}/centre-inconnu/disable", null);
        var national = await client.PostAsync($"{Route}/{TenantSettings.DefaultTenantName}/disable", null);
        var unknownProblem = await ProblemAsync(unknown);
        var nationalProblem = await ProblemAsync(national);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Le centre « centre-inconnu » n'existe pas. Listez les centres avec GET /api/tenants.", unknownProblem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, national.StatusCode);
        Assert.Equal("L'instance nationale ne peut être ni désactivée, ni activée, ni supprimée.", nationalProblem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task List_pages_tenants_with_total(DatabaseProvider provider)
    {
        var (factory, client) = await ManagerAsync(provider);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(Route, Body(PlatformFactory.UniqueTenantName("page")))).StatusCode);
        }

        var total = factory.TenantHost.AllSettings.Count;
        var first = await client.GetFromJsonAsync<JsonElement>($"{Route}?page=1&pageSize=2");
        var last = await client.GetFromJsonAsync<JsonElement>($"{Route}?page={(total + 1) / 2}&pageSize=2");

        Assert.Equal(total, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(TenantSettings.DefaultTenantName, first.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(2 - total % 2, last.GetProperty("items").GetArrayLength());
        Assert.Equal((total + 1) / 2, last.GetProperty("page").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Invalid_paging_is_bad_request(DatabaseProvider provider)
    {
        var (_, client) = await ManagerAsync(provider);

        var response = await client.GetAsync($"{Route}?page=0&pageSize=500");
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Le numéro de page 0 n'est pas valide : les pages commencent à 1.", FirstError(problem, "page"));
        Assert.Equal("La taille de page 500 n'est pas valide : donnez un nombre de 1 à 100.", FirstError(problem, "pageSize"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Centre_tenant_has_no_tenants_api(DatabaseProvider provider)
    {
        var (_, client) = await ManagerAsync(provider);
        var name = PlatformFactory.UniqueTenantName("api");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(Route, Body(name))).StatusCode);

        var response = await client.GetAsync($"/{name}{Route}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
