using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Security;

/// <summary>
/// Tenant and client helpers for hosts made with WithWebHostBuilder (SMTP or clock settings),
/// which are not <see cref="PlatformFactory"/> instances. Each such host has its own TenantHost,
/// so tenants must be declared on it.
/// </summary>
internal static class SecurityTestHosts
{
    public static async Task<string> CreatePrefixedTenantAsync(WebApplicationFactory<Program> host, DatabaseProvider provider, string stem, string hostName)
    {
        var name = PlatformFactory.UniqueTenantName(stem);
        await host.Services.GetRequiredService<TenantHost>().SaveSettingsAsync(new TenantSettings
        {
            Name = name,
            State = TenantState.Running,
            RequestUrlPrefix = name,
            RequestUrlHosts = [hostName],
            DatabaseProvider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.PostgresConnectionString : null,
        });
        return name;
    }

    public static HttpClient CreateClient(WebApplicationFactory<Program> host, string hostName) =>
        host.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{hostName}"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
}
