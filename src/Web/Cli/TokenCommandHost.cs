using ApprenantAgile.Platform.Api.Tokens;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>
/// Runs the "tokens" command on a built host without starting Kestrel, in a service scope of the
/// national tenant, where API tokens live.
/// </summary>
public static class TokenCommandHost
{
    public static bool IsTokenCommand(string[] args) =>
        args.Length > 0 && string.Equals(args[0], TokenCommandLine.CommandName, StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var bootstrapper = services.GetServices<IHostedService>().OfType<TenantBootstrapper>().Single();
        await bootstrapper.StartAsync(cancellationToken);

        var host = services.GetRequiredService<TenantHost>();
        var localizer = services.GetRequiredService<IStringLocalizer<TokenCommandLine>>();
        if (host.FindSettings(TenantSettings.DefaultTenantName)?.State != TenantState.Running)
        {
            TokenCommandLine.UseFrench();
            error.WriteLine(localizer["The national tenant is not set up yet, so it has no API tokens. Set it up first."]);
            return 1;
        }

        await using var scope = await host.CreateScopeAsync(TenantSettings.DefaultTenantName);
        var command = new TokenCommandLine(scope.ServiceProvider.GetRequiredService<ApiTokenService>(), localizer, output, error);
        return await command.RunAsync(args.Skip(1).ToList(), cancellationToken);
    }
}
