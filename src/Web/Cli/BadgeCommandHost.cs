using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>Runs the "badges" command on a built host without starting Kestrel, after loading the tenants.</summary>
public static class BadgeCommandHost
{
    public static bool IsBadgeCommand(string[] args) =>
        args.Length > 0 && string.Equals(args[0], BadgeCommandLine.CommandName, StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var bootstrapper = services.GetServices<IHostedService>().OfType<TenantBootstrapper>().Single();
        await bootstrapper.StartAsync(cancellationToken);

        var command = new BadgeCommandLine(
            services.GetRequiredService<TenantHost>(),
            services.GetRequiredService<IStringLocalizer<BadgeCommandLine>>(),
            output,
            error);
        return await command.RunAsync(args.Skip(1).ToList(), cancellationToken);
    }
}
