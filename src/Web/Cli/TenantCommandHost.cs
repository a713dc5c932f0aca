using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>
/// Runs the "tenants" command on a built host without starting Kestrel: loads the tenants (and
/// declares the national one on a new installation), then runs the command in a service scope.
/// </summary>
public static class TenantCommandHost
{
    public static bool IsTenantCommand(string[] args) =>
        args.Length > 0 && string.Equals(args[0], TenantCommandLine.CommandName, StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var bootstrapper = services.GetServices<IHostedService>().OfType<TenantBootstrapper>().Single();
        await bootstrapper.StartAsync(cancellationToken);

        await using var scope = services.CreateAsyncScope();
        var command = new TenantCommandLine(
            scope.ServiceProvider.GetRequiredService<TenantManager>(),
            scope.ServiceProvider.GetRequiredService<IStringLocalizer<TenantCommandLine>>(),
            output,
            error);
        return await command.RunAsync(args.Skip(1).ToList(), cancellationToken);
    }
}
