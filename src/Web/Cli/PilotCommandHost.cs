using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Web.Pilot;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>Runs the "pilot" command on a built host without starting Kestrel.</summary>
public static class PilotCommandHost
{
    public static bool IsPilotCommand(string[] args) =>
        args.Length > 0 && string.Equals(args[0], PilotCommandLine.CommandName, StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var bootstrapper = services.GetServices<IHostedService>().OfType<TenantBootstrapper>().Single();
        await bootstrapper.StartAsync(cancellationToken);

        var command = new PilotCommandLine(
            ActivatorUtilities.CreateInstance<PilotNetworkSetup>(services),
            services.GetRequiredService<IStringLocalizer<PilotCommandLine>>(),
            output,
            error);
        return await command.RunAsync(args.Skip(1).ToList(), cancellationToken);
    }
}
