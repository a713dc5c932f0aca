using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows;
using ApprenantAgile.Workflows.Activities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>
/// The real host with a manual clock, the test activities, a save interceptor that tests arm to make
/// workflow saves fail and, when <see cref="SmtpPort"/> is set,
/// e-mail delivered to a <see cref="TestSmtpServer"/>. Pass <paramref name="sharedAppDataPath"/> to
/// run a second host on the data of a first one. The background timer service runs only with
/// <paramref name="pollTimers"/>, polling once a day of the manual clock; other tests resume timers themselves.
/// </summary>
public sealed class WorkflowsPlatformFactory(string? sharedAppDataPath = null, int? smtpPort = null, bool pollTimers = false) : PlatformFactory
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Start);

    public SideEffectCounter Counter { get; } = new();

    public WorkflowSaveFailures SaveFailures { get; } = new();

    public int? SmtpPort { get; } = smtpPort;

    public string DataPath => sharedAppDataPath ?? AppDataPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (sharedAppDataPath is not null)
        {
            builder.UseSetting("Platform:AppDataPath", sharedAppDataPath);
        }

        builder.UseSetting("Workflows:TimerPollInterval", "1.00:00:00");
        builder.UseSetting("Email:DefaultSender", "Apprenant Agile <noreply@apprenant-agile.test>");
        if (SmtpPort is { } port)
        {
            builder.UseSetting("Email:DeliveryMethod", "Network");
            builder.UseSetting("Email:Host", "127.0.0.1");
            builder.UseSetting("Email:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:SecureSocketOptions", "None");
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (!pollTimers)
            {
                services.RemoveWorkflowTimerService();
            }

            services.AddSingleton(Counter);
            services.ConfigureDbContext<TenantDbContext>((_, options) => options.AddInterceptors(SaveFailures));
            services.AddActivity<CountingTask>();
            services.AddActivity<FaultingTask>();
        });
    }

    /// <summary>Declares a running tenant, reached at /{name}/, with the given features (both Workflows features by default).</summary>
    public Task<TenantSettings> CreateWorkflowTenantAsync(DatabaseProvider provider, params string[] features)
    {
        var name = UniqueTenantName("wf");
        return CreateRunningTenantAsync(name, provider, prefix: name, hosts: null,
            features.Length > 0 ? features : [WorkflowsFeatures.Main, WorkflowsFeatures.Http]);
    }
}
