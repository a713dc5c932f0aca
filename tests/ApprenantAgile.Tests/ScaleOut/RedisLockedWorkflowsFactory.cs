using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Workflows;
using ApprenantAgile.Workflows.Activities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// A host whose workflow locks are Redis locks (Cluster:Locks = Redis), with a manual clock, the
/// counting test activity and the timer service polling once a day of that clock. Two of them on
/// one App_Data folder and Redis prefix act as two nodes of a cluster.
/// </summary>
public sealed class RedisLockedWorkflowsFactory(string redisPrefix, string? sharedAppDataPath = null) : PlatformFactory
{
    public ManualTimeProvider Clock { get; } = new(WorkflowsPlatformFactory.Start);

    public SideEffectCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (sharedAppDataPath is not null)
        {
            builder.UseSetting("Platform:AppDataPath", sharedAppDataPath);
        }

        builder.UseSetting("Workflows:TimerPollInterval", "1.00:00:00");
        builder.UseSetting("Email:DefaultSender", "Apprenant Agile <noreply@apprenant-agile.test>");
        builder.UseSetting("Cluster:Redis", TestRedis.Address);
        builder.UseSetting("Cluster:RedisPrefix", redisPrefix);
        builder.UseSetting("Cluster:Locks", "Redis");

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Counter);
            services.AddActivity<CountingTask>();
        });
    }
}
