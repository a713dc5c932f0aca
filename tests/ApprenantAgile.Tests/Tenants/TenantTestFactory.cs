using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Tenants;

/// <summary>
/// The real host with test sign-in (see <see cref="TestPermissionAuthenticationHandler"/>) and the
/// national tenant set up from the shipped "national" recipe, as an operator would.
/// </summary>
public class TenantTestFactory : PlatformFactory, IAsyncLifetime
{
    public const string AllPermissions = "ManageTenants,ManageFeatures";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Platform:PostgresConnectionString", Environment.GetEnvironmentVariable(TestDatabases.PostgresVariable));
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(TestPermissionAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestPermissionAuthenticationHandler>(TestPermissionAuthenticationHandler.SchemeName, null);
            services.AddSingleton<IAuthorizationPolicyProvider, TestPermissionPolicyProvider>();
        });
    }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TenantSetupService>().SetupAsync(
            TenantSettings.DefaultTenantName,
            new SetupRequest { SiteName = "Réseau national des APP", AdminEmail = "admin@national.test", RecipeName = "national" });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A client for the national host whose requests carry the given permissions.</summary>
    public HttpClient CreateAdminClient(string permissions = AllPermissions, string host = NationalHost)
    {
        var client = CreateClientForHost(host);
        client.DefaultRequestHeaders.Add(TestPermissionAuthenticationHandler.HeaderName, permissions);
        return client;
    }

    /// <summary>Reads the antiforgery token of the page's first form.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, $"No antiforgery token in the page {url}.");
        return match.Groups[1].Value;
    }

    /// <summary>Posts a form the way a browser does after loading <paramref name="formUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string formUrl, string actionUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await GetAntiforgeryTokenAsync(client, formUrl);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(actionUrl, content);
    }

    /// <summary>Returns whether a tenant's SQLite folder or PostgreSQL schema exists.</summary>
    public async Task<bool> StorageExistsAsync(TenantSettings settings) =>
        await Services.GetRequiredService<TenantStorage>().ExistsAsync(settings, CancellationToken.None);

    /// <summary>The settings a tenant would have, for storage checks on a tenant that was never saved.</summary>
    public static TenantSettings Planned(string name, DatabaseProvider provider) => new()
    {
        Name = name,
        DatabaseProvider = provider,
        ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.PostgresConnectionString : null,
    };
}
