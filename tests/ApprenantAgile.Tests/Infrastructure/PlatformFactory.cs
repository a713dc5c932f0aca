using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Infrastructure;

/// <summary>
/// The real host in memory, with its own App_Data folder. Tenants get unique names so that tests
/// can share one PostgreSQL server (each tenant has its own schema there).
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>
{
    public string AppDataPath { get; } = Path.Combine(Path.GetTempPath(), "aa-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Host names the national tenant serves; other hosts get 404 unless a centre claims them.</summary>
    public const string NationalHost = "national.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Platform:AppDataPath", AppDataPath);
        builder.UseSetting("Platform:DefaultTenantHosts:0", NationalHost);
        builder.UseSetting("Platform:PublicBaseUrl", $"http://{NationalHost}");
        builder.UseSetting("Email:DeliveryMethod", "PickupDirectory");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(AppDataPath, "Mail"));
    }

    public TenantHost TenantHost => Services.GetRequiredService<TenantHost>();

    /// <summary>A unique, valid tenant name for this test run.</summary>
    public static string UniqueTenantName(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Declares a running tenant directly in the tenant store (no setup recipe) and enables features.
    /// Use the real setup service in tests about setup itself.
    /// </summary>
    public async Task<TenantSettings> CreateRunningTenantAsync(
        string name,
        DatabaseProvider provider,
        string? prefix = null,
        IReadOnlyList<string>? hosts = null,
        params string[] features)
    {
        var settings = new TenantSettings
        {
            Name = name,
            State = TenantState.Running,
            RequestUrlPrefix = prefix,
            RequestUrlHosts = hosts ?? [],
            DatabaseProvider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.PostgresConnectionString : null,
        };

        await TenantHost.SaveSettingsAsync(settings);
        if (features.Length > 0)
        {
            await using var scope = await TenantHost.CreateScopeAsync(name);
            var result = await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().EnableAsync(features);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        return settings;
    }

    /// <summary>An HTTP client whose requests carry the given Host header.</summary>
    public HttpClient CreateClientForHost(string host, bool allowRedirects = false)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{host}"),
            AllowAutoRedirect = allowRedirects,
            HandleCookies = true,
        });
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(AppDataPath))
        {
            try
            {
                Directory.Delete(AppDataPath, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold a pooled connection; the temp folder is cleaned by the OS later.
            }
        }
    }
}
