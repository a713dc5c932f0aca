using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Timers;

/// <summary>
/// Finds the due timers with one indexed query and resumes each through the manager, which takes
/// the instance's lock and checks again that the timer is still blocking and due, so it fires once.
/// </summary>
public sealed class WorkflowTimerProcessor(TenantHost host, TimeProvider clock, ILogger<WorkflowTimerProcessor> logger)
    : IWorkflowTimerProcessor
{
    public async Task<int> ProcessDueTimersAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        await using var scope = await host.CreateScopeAsync(tenantName);
        if (!scope.Context.IsFeatureEnabled(WorkflowsFeatures.Main))
        {
            return 0;
        }

        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var manager = scope.ServiceProvider.GetRequiredService<IWorkflowManager>();
        var now = clock.GetUtcNow().UtcDateTime;
        var resumed = 0;

        foreach (var workflowId in await store.ListDueAsync(nameof(TimerEvent), now, cancellationToken))
        {
            var workflow = await store.LoadAsync(workflowId, cancellationToken);
            var timers = workflow?.BlockingActivities
                .Where(b => b.Name == nameof(TimerEvent) && b.DueUtc <= now)
                .ToList() ?? [];

            foreach (var timer in timers)
            {
                if (await manager.ResumeWorkflowAsync(workflow!, timer, input: null, cancellationToken) is not null)
                {
                    resumed++;
                }
            }
        }

        if (resumed > 0)
        {
            logger.LogInformation("Tenant {Tenant}: {TimerCount} due workflow timers resumed", tenantName, resumed);
        }

        return resumed;
    }
}
