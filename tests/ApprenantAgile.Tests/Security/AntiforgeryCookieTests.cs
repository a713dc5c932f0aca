using System.Net;
using ApprenantAgile.Platform.Security.Antiforgery;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Security;

/// <summary>
/// One browser, one host, two tenants: one at "/" and one under a prefix. Their antiforgery
/// cookies must not collide, so forms keep working on both.
/// </summary>
public sealed class AntiforgeryCookieTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Signing_in_at_root_then_under_prefix_works()
    {
        var host = PlatformFactory.UniqueTenantName("racine") + ".test";
        var root = PlatformFactory.UniqueTenantName("racine");
        var centre = PlatformFactory.UniqueTenantName("centre");
        await factory.CreateRunningTenantAsync(root, DatabaseProvider.Sqlite, hosts: [host]);
        await factory.CreateRunningTenantAsync(centre, DatabaseProvider.Sqlite, prefix: centre);
        await TestUsers.CreateAsync(factory, root, "direction", [StandardRoles.Administrator]);
        await TestUsers.CreateAsync(factory, centre, "direction", [StandardRoles.Administrator]);
        using var client = factory.CreateClientForHost(host);

        await TestUsers.SignInAsync(client, "", "direction");
        await TestUsers.SignInAsync(client, $"/{centre}", "direction");
        var rootAdmin = await client.GetAsync("/admin/users");
        var centreAdmin = await client.GetAsync($"/{centre}/admin/users");

        Assert.Equal(HttpStatusCode.OK, rootAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, centreAdmin.StatusCode);
    }

    [Fact]
    public async Task Antiforgery_cookie_is_named_after_tenant()
    {
        var centre = PlatformFactory.UniqueTenantName("centre");
        await factory.CreateRunningTenantAsync(centre, DatabaseProvider.Sqlite, prefix: centre);
        using var client = factory.CreateClientForHost("any.test");

        var response = await client.GetAsync($"/{centre}/account/login");
        var setCookies = response.Headers.GetValues("Set-Cookie").ToList();

        Assert.Contains(setCookies, c => c.StartsWith($"{TenantAntiforgeryCookieMiddleware.BaseName}.{centre}=", StringComparison.Ordinal));
        Assert.DoesNotContain(setCookies, c => c.StartsWith($"{TenantAntiforgeryCookieMiddleware.BaseName}=", StringComparison.Ordinal));
    }
}
