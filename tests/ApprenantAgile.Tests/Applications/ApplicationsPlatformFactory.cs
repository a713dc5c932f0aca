using System.Globalization;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Workflows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// The real host, with its real badge issuer and catalogue, a manual clock, e-mail sent to a
/// <see cref="TestSmtpServer"/> on 127.0.0.1 and small evidence limits. Pass <paramref name="sharedAppDataPath"/>
/// to start a second host on the data of a first one, as after a restart.
/// </summary>
public sealed class ApplicationsPlatformFactory(int smtpPort, string? sharedAppDataPath = null, DateTimeOffset? start = null) : PlatformFactory
{
    public const long MaxFileBytes = 256 * 1024;
    public const long MaxApplicationBytes = 1024 * 1024;

    public ManualTimeProvider Clock { get; } = new(start ?? new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public string DataPath => sharedAppDataPath ?? AppDataPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (sharedAppDataPath is not null)
        {
            builder.UseSetting("Platform:AppDataPath", sharedAppDataPath);
        }

        builder.UseSetting("Platform:PostgresConnectionString", Environment.GetEnvironmentVariable(TestDatabases.PostgresVariable));
        builder.UseSetting("Badges:Evidence:MaxFileBytes", MaxFileBytes.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Badges:Evidence:MaxApplicationBytes", MaxApplicationBytes.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:DefaultSender", "Apprenant Agile <noreply@apprenant-agile.test>");
        builder.UseSetting("Email:DeliveryMethod", "Network");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", smtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:SecureSocketOptions", "None");

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveWorkflowTimerService();
        });
    }

    /// <summary>
    /// Sets up the national tenant with the shipped national recipe, as an operator does, unless it is
    /// already running (a second host on the same data). Centres copy their catalogue from it.
    /// </summary>
    public async Task SetUpNationalTenantAsync()
    {
        if (TenantHost.FindSettings(TenantSettings.DefaultTenantName)?.State == TenantState.Running)
        {
            return;
        }

        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TenantSetupService>().SetupAsync(
            TenantSettings.DefaultTenantName,
            new SetupRequest { SiteName = "Réseau national des APP", AdminEmail = "admin@national.test", RecipeName = "national" });
        Assert.True(result.Succeeded, "Setting up the national tenant failed: " + string.Join("; ", result.Errors));
    }
}
