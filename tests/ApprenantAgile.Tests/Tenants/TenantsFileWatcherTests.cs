using System.Net;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Web.Cli;
using Microsoft.AspNetCore.Hosting;

namespace ApprenantAgile.Tests.Tenants;

/// <summary>
/// A running server and a second process that share one App_Data folder, as when an operator runs
/// "tenants create" next to the server: the server serves the new centre without a restart.
/// </summary>
public sealed class TenantsFileWatcherTests
{
    [Fact]
    public async Task Running_server_serves_tenant_created_by_command()
    {
        using var server = new WatchingFactory();
        using var client = server.CreateClientForHost(PlatformFactory.NationalHost);
        var name = PlatformFactory.UniqueTenantName("cmd");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{name}/")).StatusCode);

        using var command = new SharedAppDataFactory(server.AppDataPath);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await TenantCommandHost.RunAsync(command.Services,
            ["tenants", "create", "--name", name, "--prefix", name, "--site-name", "APP Lyon", "--admin-email", "a@b.fr", "--recipe", "centre"],
            output, error);
        Assert.Equal("", error.ToString());
        Assert.Equal(0, exitCode);

        var status = HttpStatusCode.NotFound;
        for (var attempt = 0; attempt < 100 && status == HttpStatusCode.NotFound; attempt++)
        {
            await Task.Delay(100);
            status = (await client.GetAsync($"/{name}/")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(server.TenantHost.FindSettings(name));
    }

    private sealed class WatchingFactory : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cluster:TenantsFileCheckInterval", "00:00:00.200");
        }
    }

    /// <summary>A second host on the server's App_Data folder, standing for the command-line process.</summary>
    private sealed class SharedAppDataFactory(string appDataPath) : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Platform:AppDataPath", appDataPath);
        }
    }
}
