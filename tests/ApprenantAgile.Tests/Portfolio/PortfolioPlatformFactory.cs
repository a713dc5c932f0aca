using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Workflows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>The real host with a manual clock, so that tests can move past a share link's end date.</summary>
public sealed class PortfolioPlatformFactory : PlatformFactory
{
    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveWorkflowTimerService();
        });
    }
}
