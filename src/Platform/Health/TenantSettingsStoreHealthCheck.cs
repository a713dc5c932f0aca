using System.Diagnostics;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Health;

/// <summary>
/// Reads every tenant's settings from the tenant settings store that all nodes share (App_Data/tenants.json
/// on one node, a PostgreSQL table on a cluster), and reports how many tenants are declared, running and
/// active on this node.
/// </summary>
/// <remarks>
/// A running tenant that no request has activated on this node yet is counted but gets no database check,
/// because activating hundreds of tenants at each probe would cost more than their traffic does.
/// NOTE: so the broken database of an idle centre shows in the report only after its first request.
/// </remarks>
public sealed class TenantSettingsStoreHealthCheck(
    ITenantSettingsStore store, TenantHost host, ILogger<TenantSettingsStoreHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StoreTimeout);

        try
        {
            var declared = await store.LoadAllAsync(timeout.Token);
            var running = declared.Count(t => t.State == TenantState.Running);
            var active = declared.Count(t => t.State == TenantState.Running && host.IsActive(t.Name));
            var data = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["declared"] = declared.Count,
                ["running"] = running,
                ["activeOnThisNode"] = active,
                ["durationMs"] = Elapsed(started),
            };
            return HealthCheckResult.Healthy($"{running} of {declared.Count} declared tenants are running, {active} of them active on this node", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Health check: reading the tenant settings store failed");
            var message = ex is OperationCanceledException ? $"Timed out after {StoreTimeout.TotalSeconds} s." : ex.Message;
            return HealthCheckResult.Unhealthy(
                $"Reading the tenant settings store failed: {message} No node can start or route a tenant until it answers.",
                data: new Dictionary<string, object> { ["durationMs"] = Elapsed(started) });
        }
    }

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
}
