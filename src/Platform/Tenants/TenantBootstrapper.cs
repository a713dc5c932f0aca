using ApprenantAgile.Platform.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Loads the tenants when the host starts and declares the national tenant ("Default") on a new
/// installation, uninitialized until its setup recipe runs.
/// </summary>
public sealed class TenantBootstrapper(TenantHost host, IOptions<PlatformOptions> options, ILogger<TenantBootstrapper> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await host.ReloadAsync(cancellationToken);

        var hosts = options.Value.DefaultTenantHosts.Select(h => h.ToLowerInvariant()).ToList();
        var existing = host.FindSettings(TenantSettings.DefaultTenantName);
        if (existing is null)
        {
            logger.LogInformation("No national tenant yet: declaring {Tenant}", TenantSettings.DefaultTenantName);
            await host.SaveSettingsAsync(new TenantSettings
            {
                Name = TenantSettings.DefaultTenantName,
                RequestUrlHosts = hosts,
                DatabaseProvider = options.Value.DefaultDatabaseProvider,
                // A SQLite tenant with a connection string would use it instead of its App_Data file.
                ConnectionString = options.Value.DefaultDatabaseProvider == DatabaseProvider.Postgres
                    ? options.Value.PostgresConnectionString
                    : null,
            }, cancellationToken);
        }
        else if (!existing.RequestUrlHosts.SequenceEqual(hosts))
        {
            await host.SaveSettingsAsync(existing with { RequestUrlHosts = hosts }, cancellationToken);
        }

        logger.LogInformation("Tenant host started with {TenantCount} tenants", host.AllSettings.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
