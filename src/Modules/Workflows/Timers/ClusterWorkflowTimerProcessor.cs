using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Locking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Timers;

/// <summary>
/// Lets one node at a time poll a tenant's due timers: it takes the tenant's "workflow-timers"
/// lock without waiting and skips the tenant when another node holds it. Each timer is still
/// resumed under its instance's lock, so a timer fires once even without this poll lock.
/// </summary>
public sealed class ClusterWorkflowTimerProcessor(
    WorkflowTimerProcessor inner,
    TenantHost host,
    ILogger<ClusterWorkflowTimerProcessor> logger) : IWorkflowTimerProcessor
{
    public const string PollLockKey = "workflow-timers";

    public async Task<int> ProcessDueTimersAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        await using var scope = await host.CreateScopeAsync(tenantName);
        var locks = scope.ServiceProvider.GetRequiredService<IDistributedLock>();

        await using var handle = await locks.TryAcquireAsync(PollLockKey, TimeSpan.Zero, cancellationToken);
        if (handle is null)
        {
            logger.LogDebug("Tenant {Tenant}: another node is polling the due workflow timers; skipped", tenantName);
            return 0;
        }

        return await inner.ProcessDueTimersAsync(tenantName, cancellationToken);
    }
}
