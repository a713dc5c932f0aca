using ApprenantAgile.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>
/// Tests that move a manual clock resume timers themselves. A background poll that wakes on the
/// same clock could run late, after a second move, and resume timers the test still expects to find due.
/// </summary>
public static class TimerServiceRemoval
{
    public static IServiceCollection RemoveWorkflowTimerService(this IServiceCollection services)
    {
        var registrations = services
            .Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(WorkflowTimerService))
            .ToList();

        foreach (var registration in registrations)
        {
            services.Remove(registration);
        }

        return services;
    }
}
