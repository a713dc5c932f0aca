using System.Net;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Security;

public sealed class LoginTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Host = "centres.test";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Login_with_user_name_opens_admin(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await TestUsers.CreateAsync(factory, tenant, "directrice", [StandardRoles.Administrator]);
        using var client = factory.CreateClientForHost(Host);

        var login = await TestUsers.SignInAsync(client, $"/{tenant}", "directrice");
        var admin = await client.GetAsync($"/{tenant}/admin/users");

        Assert.Equal($"/{tenant}/", login.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Login_with_email_succeeds(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await TestUsers.CreateAsync(factory, tenant, "paul", [StandardRoles.Administrator], email: "Paul.Martin@example.org");
        using var client = factory.CreateClientForHost(Host);

        await TestUsers.SignInAsync(client, $"/{tenant}", "paul.martin@example.org");
        var admin = await client.GetAsync($"/{tenant}/admin/users");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Login_with_wrong_password_stays_anonymous(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await TestUsers.CreateAsync(factory, tenant, "directrice", [StandardRoles.Administrator]);
        using var client = factory.CreateClientForHost(Host);

        var response = await PostLoginAsync(client, tenant, "directrice", "pas le bon mot de passe");
        var admin = await client.GetAsync($"/{tenant}/admin/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith($"http://{Host}/{tenant}/account/login", admin.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Login_locks_out_after_five_failures(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await TestUsers.CreateAsync(factory, tenant, "directrice", [StandardRoles.Administrator]);
        using var client = factory.CreateClientForHost(Host);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PostLoginAsync(client, tenant, "directrice", "pas le bon mot de passe");
        }

        var withRightPassword = await PostLoginAsync(client, tenant, "directrice", TestUsers.DefaultPassword);

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/{tenant}/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_rejected()
    {
        var tenant = await CreateTenantAsync(DatabaseProvider.Sqlite);
        await TestUsers.CreateAsync(factory, tenant, "directrice", [StandardRoles.Administrator]);
        using var client = factory.CreateClientForHost(Host);
        await client.GetAsync($"/{tenant}/account/login");

        var response = await client.PostAsync($"/{tenant}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = "directrice",
            ["Password"] = TestUsers.DefaultPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> CreateTenantAsync(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("connexion");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name, hosts: [Host]);
        return name;
    }

    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string tenant, string login, string password) =>
        TestUsers.PostFormAsync(client, $"/{tenant}/account/login", new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = login,
            ["Password"] = password,
        });
}
