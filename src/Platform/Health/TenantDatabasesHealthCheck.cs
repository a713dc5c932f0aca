using System.Diagnostics;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Health;

/// <summary>One tenant's line in the health report.</summary>
public sealed record TenantHealthEntry(string Status, double DurationMs, string? Error);

/// <summary>
/// Opens the database of every active tenant (running and already activated on this node) and
/// counts its migration records: a missing file, schema or table fails as well as a lost server.
/// Tenants not yet activated are skipped, so a probe costs what the traffic already costs;
/// <see cref="TenantSettingsStoreHealthCheck"/> counts them.
/// </summary>
public sealed class TenantDatabasesHealthCheck(TenantHost host, ILogger<TenantDatabasesHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan TenantTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var failed = new List<string>();

        var active = host.AllSettings.Where(t => t.State == TenantState.Running && host.IsActive(t.Name));
        foreach (var tenant in active.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var entry = await CheckTenantAsync(tenant.Name, cancellationToken);
            data[tenant.Name] = entry;
            if (entry.Error is not null)
            {
                failed.Add(tenant.Name);
            }
        }

        if (failed.Count > 0)
        {
            return HealthCheckResult.Unhealthy($"Database unreachable for tenants: {string.Join(", ", failed)}", data: data);
        }

        return HealthCheckResult.Healthy($"{data.Count} active tenants reached their database", data);
    }

    private async Task<TenantHealthEntry> CheckTenantAsync(string name, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TenantTimeout);

        try
        {
            await using var scope = await host.CreateScopeAsync(name);
            var db = scope.ServiceProvider.GetService(typeof(TenantDbContext)) as TenantDbContext
                ?? throw new InvalidOperationException("TenantDbContext is not registered.");
            await db.DataMigrationRecords.CountAsync(timeout.Token);
            return new TenantHealthEntry(nameof(HealthStatus.Healthy), Elapsed(started), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Health check: the database of tenant {Tenant} failed", name);
            var message = ex is OperationCanceledException ? $"No answer within {TenantTimeout.TotalSeconds} s." : ex.Message;
            return new TenantHealthEntry(nameof(HealthStatus.Unhealthy), Elapsed(started), message);
        }
    }

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
}
