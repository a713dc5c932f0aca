using System.Net;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Security;

public sealed class PermissionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Host = "centres.test";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Users_admin_is_forbidden_to_Apprenant(DatabaseProvider provider)
    {
        var tenant = await CreateTenantWithUserAsync(provider, StandardRoles.Apprenant);
        using var client = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(client, $"/{tenant}", "personne");

        var response = await client.GetAsync($"/{tenant}/admin/users");
        var deniedPage = await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{Host}/{tenant}/account/access-denied", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Users_admin_is_forbidden_to_Formateur(DatabaseProvider provider)
    {
        var tenant = await CreateTenantWithUserAsync(provider, StandardRoles.Formateur);
        using var client = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(client, $"/{tenant}", "personne");

        var response = await client.GetAsync($"/{tenant}/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{Host}/{tenant}/account/access-denied", response.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Users_and_roles_admin_open_for_Administrator(DatabaseProvider provider)
    {
        var tenant = await CreateTenantWithUserAsync(provider, StandardRoles.Administrator);
        using var client = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(client, $"/{tenant}", "personne");

        var users = await client.GetAsync($"/{tenant}/admin/users");
        var roles = await client.GetAsync($"/{tenant}/admin/roles");
        var formateur = await client.GetAsync($"/{tenant}/admin/roles/{StandardRoles.Formateur}");

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Equal(HttpStatusCode.OK, formateur.StatusCode);
    }

    [Fact]
    public async Task Users_admin_redirects_anonymous_to_login()
    {
        var tenant = await CreateTenantWithUserAsync(DatabaseProvider.Sqlite, StandardRoles.Administrator);
        using var client = factory.CreateClientForHost(Host);

        var response = await client.GetAsync($"/{tenant}/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{Host}/{tenant}/account/login", response.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Granting_ManageUsers_to_Formateur_opens_users_admin(DatabaseProvider provider)
    {
        var tenant = await CreateTenantWithUserAsync(provider, StandardRoles.Formateur);
        await TestUsers.CreateAsync(factory, tenant, "directrice", [StandardRoles.Administrator]);
        using var admin = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(admin, $"/{tenant}", "directrice");
        var saved = await TestUsers.PostFormAsync(admin, $"/{tenant}/admin/roles/{StandardRoles.Formateur}", new Dictionary<string, string>
        {
            ["Description"] = "Formateur",
            ["GrantedPermissions[0]"] = "AccessAdmin",
            ["GrantedPermissions[1]"] = "ManageUsers",
        });
        using var trainer = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(trainer, $"/{tenant}", "personne");

        var response = await trainer.GetAsync($"/{tenant}/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> CreateTenantWithUserAsync(DatabaseProvider provider, string role)
    {
        var name = PlatformFactory.UniqueTenantName("droits");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name, hosts: [Host]);
        await TestUsers.CreateAsync(factory, name, "personne", [role]);
        return name;
    }
}
