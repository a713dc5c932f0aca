using ApprenantAgile.Platform.Clustering;
using ApprenantAgile.Platform.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Reloads the tenant settings when another process rewrites App_Data/tenants.json, such as the
/// "tenants create" or "pilot setup" commands run next to a running server. It compares the file's
/// last-write time and length every <see cref="ClusterOptions.TenantsFileCheckInterval"/>, which
/// also works on file systems where change notifications are not delivered (network and container volumes).
/// </summary>
public sealed class TenantsFileWatcher(
    TenantHost host,
    AppDataPaths paths,
    IOptions<ClusterOptions> options,
    ILogger<TenantsFileWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = ReadStamp();
        using var timer = new PeriodicTimer(options.Value.TenantsFileCheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var current = ReadStamp();
                if (current == seen)
                {
                    continue;
                }

                // The stamp is taken before reading, so a write that lands during the reload is seen on the next tick.
                seen = current;
                await ReloadAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("Tenants file watcher stopped");
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var before = host.AllSettings.Count;
            var released = await host.ReloadAsync(cancellationToken);
            logger.LogInformation(
                "Tenants file {File} changed: reloaded {TenantCount} tenants (before: {PreviousCount}), released {Released}",
                paths.TenantsFile, host.AllSettings.Count, before, released);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "Reloading the tenants file {File} failed; the next change or check retries", paths.TenantsFile);
        }
    }

    private (DateTime LastWriteUtc, long Length) ReadStamp()
    {
        var file = new FileInfo(paths.TenantsFile);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1);
    }
}
