using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Api.Tokens;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.TenantsApi;

/// <summary>The national admin's API tokens page, through the real forms with a real sign-in.</summary>
public sealed partial class ApiTokensAdminTests(TenantsApiHosts hosts) : IClassFixture<TenantsApiHosts>
{
    private const string PageUrl = "/admin/api-tokens";

    [GeneratedRegex("id=\"secret\" value=\"(aa_[^\"]+)\"")]
    private static partial Regex SecretField();

    private static async Task<HttpClient> SignInAdminAsync(TenantsApiFactory factory)
    {
        var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, "", TenantsApiFactory.NationalAdminUserName);
        return client;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Created_token_shown_once_opens_api(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        using var admin = await SignInAdminAsync(factory);
        var name = "Script " + Guid.NewGuid().ToString("N")[..8];

        var created = await TestUsers.PostFormAsync(admin, PageUrl,
            new Dictionary<string, string> { ["Name"] = name, ["Permissions"] = TenantPermissions.ManageTenantsName }, PageUrl);
        var createdPage = await created.Content.ReadAsStringAsync();
        var secret = SecretField().Match(createdPage).Groups[1].Value;
        var listPage = WebUtility.HtmlDecode(await admin.GetStringAsync(PageUrl));
        using var api = factory.CreateApiClient(secret);
        var allowed = await api.GetAsync("/api/tenants");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.StartsWith("aa_", secret);
        Assert.Contains(name, listPage);
        Assert.DoesNotContain(secret, listPage);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoke_button_closes_api(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        var secret = await factory.CreateTokenAsync(TenantPermissions.ManageTenantsName);
        string id;
        await using (var scope = await factory.TenantHost.CreateScopeAsync(TenantSettings.DefaultTenantName))
        {
            id = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().ListAsync()).Single(t => t.SecretHash == ApiTokenSecret.Hash(secret)).Id;
        }

        using var admin = await SignInAdminAsync(factory);
        var revoked = await TestUsers.PostFormAsync(admin, PageUrl, new Dictionary<string, string>(), $"{PageUrl}/{id}/revoke");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(PageUrl));
        using var api = factory.CreateApiClient(secret);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Le jeton est révoqué. Les requêtes qui l'envoient reçoivent désormais 401.", page);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/tenants")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Missing_name_is_rejected_in_french(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        using var admin = await SignInAdminAsync(factory);

        var response = await TestUsers.PostFormAsync(admin, PageUrl,
            new Dictionary<string, string> { ["Name"] = " ", ["Permissions"] = TenantPermissions.ManageTenantsName }, PageUrl);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Le nom du jeton est obligatoire.", page);
        Assert.DoesNotMatch(SecretField(), page);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Trainer_cannot_open_tokens_page(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);
        var userName = "formatrice-" + Guid.NewGuid().ToString("N")[..8];
        await TestUsers.CreateAsync(factory, TenantSettings.DefaultTenantName, userName, [StandardRoles.Formateur]);
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, "", userName);

        var response = await client.GetAsync(PageUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString);
    }
}
