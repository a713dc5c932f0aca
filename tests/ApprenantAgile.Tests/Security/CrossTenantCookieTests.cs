using System.Net;
using ApprenantAgile.Platform.Security.Authentication;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Security;

/// <summary>
/// Copies tenant A's authentication cookie to requests for other tenants: B (same host, other
/// prefix) and C (other host). They must treat the request as anonymous.
/// </summary>
public sealed class CrossTenantCookieTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string SharedHost = "centres.test";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cookie_of_A_authenticates_on_A(DatabaseProvider provider)
    {
        var (a, _, _, cookie) = await SignedInTenantsAsync(provider);

        var response = await SendWithCookieAsync(SharedHost, $"/{a}/admin/users", cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cookie_of_A_is_anonymous_on_prefix_B(DatabaseProvider provider)
    {
        var (_, b, _, cookie) = await SignedInTenantsAsync(provider);

        var response = await SendWithCookieAsync(SharedHost, $"/{b}/admin/users", cookie);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{SharedHost}/{b}/account/login", response.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cookie_of_A_is_anonymous_on_host_C(DatabaseProvider provider)
    {
        var (_, _, c, cookie) = await SignedInTenantsAsync(provider);

        var response = await SendWithCookieAsync($"{c}.test", "/admin/users", cookie);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{c}.test/account/login", response.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cookie_of_A_renamed_for_B_is_anonymous(DatabaseProvider provider)
    {
        var (a, b, _, cookie) = await SignedInTenantsAsync(provider);
        var renamed = cookie.Replace(
            TenantCookieManager.CookieName(UsersStartup.AuthenticationCookieName, a) + "=",
            TenantCookieManager.CookieName(UsersStartup.AuthenticationCookieName, b) + "=",
            StringComparison.Ordinal);

        var response = await SendWithCookieAsync(SharedHost, $"/{b}/admin/users", renamed);

        Assert.NotEqual(cookie, renamed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{SharedHost}/{b}/account/login", response.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cookie_path_is_tenant_prefix(DatabaseProvider provider)
    {
        var a = PlatformFactory.UniqueTenantName("chemin");
        await factory.CreateRunningTenantAsync(a, provider, prefix: a, hosts: [SharedHost]);
        await TestUsers.CreateAsync(factory, a, "directrice", [StandardRoles.Administrator]);
        using var client = factory.CreateClientForHost(SharedHost);

        var login = await TestUsers.SignInAsync(client, $"/{a}", "directrice");
        var setCookie = login.Headers.GetValues("Set-Cookie")
            .Single(h => h.StartsWith(TenantCookieManager.CookieName(UsersStartup.AuthenticationCookieName, a) + "=", StringComparison.Ordinal));

        Assert.Contains($"path=/{a}", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Creates A and B on the shared host (by prefix) and C on its own host, each with an administrator "directrice", and signs in to A.</summary>
    private async Task<(string A, string B, string C, string CookieHeader)> SignedInTenantsAsync(DatabaseProvider provider)
    {
        var a = PlatformFactory.UniqueTenantName("centre-a");
        var b = PlatformFactory.UniqueTenantName("centre-b");
        var c = PlatformFactory.UniqueTenantName("centre-c");
        await factory.CreateRunningTenantAsync(a, provider, prefix: a, hosts: [SharedHost]);
        await factory.CreateRunningTenantAsync(b, provider, prefix: b, hosts: [SharedHost]);
        await factory.CreateRunningTenantAsync(c, provider, hosts: [$"{c}.test"]);
        foreach (var tenant in new[] { a, b, c })
        {
            await TestUsers.CreateAsync(factory, tenant, "directrice", [StandardRoles.Administrator]);
        }

        using var client = factory.CreateClientForHost(SharedHost);
        var login = await TestUsers.SignInAsync(client, $"/{a}", "directrice");
        var cookies = login.Headers.GetValues("Set-Cookie").Select(h => h.Split(';')[0]).ToList();
        Assert.Contains(cookies, c => c.StartsWith(TenantCookieManager.CookieName(UsersStartup.AuthenticationCookieName, a) + "=", StringComparison.Ordinal));
        return (a, b, c, string.Join("; ", cookies));
    }

    /// <summary>Sends a GET with a hand-written Cookie header from a client that has no cookies of its own.</summary>
    private async Task<HttpResponseMessage> SendWithCookieAsync(string host, string path, string cookieHeader)
    {
        using var client = factory.CreateClientForHost(host);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieHeader);
        return await client.SendAsync(request);
    }
}
