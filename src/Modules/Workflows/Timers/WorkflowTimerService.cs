using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Workflows.Timers;

/// <summary>
/// Every <see cref="WorkflowOptions.TimerPollInterval"/> (measured by the injected
/// <see cref="TimeProvider"/>), resumes the due timers of each running tenant. A failing tenant is
/// logged and does not stop the others.
/// </summary>
public sealed class WorkflowTimerService(
    TenantHost host,
    IWorkflowTimerProcessor processor,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowTimerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Workflow timer service started; polling every {PollInterval}", options.Value.TimerPollInterval);
        using var timer = new PeriodicTimer(options.Value.TimerPollInterval, clock);

        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await ProcessAllTenantsAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Workflow timer service stopped");
        }
    }

    private async Task ProcessAllTenantsAsync(CancellationToken stoppingToken)
    {
        foreach (var tenant in host.AllSettings.Where(t => t.State == TenantState.Running))
        {
            try
            {
                await processor.ProcessDueTimersAsync(tenant.Name, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Tenant {Tenant}: processing the due workflow timers failed", tenant.Name);
            }
        }
    }
}
