using System.Globalization;
using ApprenantAgile.Platform.Api.Tokens;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>
/// The host's "tokens" command: creates, lists and revokes the national tenant's API tokens. The
/// secret of a new token is printed once on standard output and cannot be shown again.
/// Returns the process exit code: 0 on success, 1 on any error.
/// </summary>
/// <example>
/// <code>
/// dotnet run --project src/Web -- tokens create --name "Provisioning script" --permission ManageTenants
/// dotnet run --project src/Web -- tokens list
/// dotnet run --project src/Web -- tokens revoke --id 3f2a…
/// </code>
/// </example>
public sealed class TokenCommandLine(ApiTokenService tokens, IStringLocalizer<TokenCommandLine> localizer, TextWriter output, TextWriter error)
{
    public const string CommandName = "tokens";

    /// <summary>What <see cref="ApiToken.CreatedBy"/> records for tokens made here.</summary>
    public const string Author = "command line";

    /// <summary>Messages are French whatever the server's locale, as the operators are.</summary>
    public static void UseFrench() =>
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

    /// <param name="args">The arguments after "tokens": a sub-command and its options.</param>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        UseFrench();
        if (args.Count == 0)
        {
            return Usage();
        }

        var options = CommandLineOptions.Parse(args.Skip(1));
        return args[0] switch
        {
            "create" => await CreateAsync(options, cancellationToken),
            "list" => await ListAsync(options, cancellationToken),
            "revoke" => await RevokeAsync(options, cancellationToken),
            _ => Usage(),
        };
    }

    private async Task<int> CreateAsync(CommandLineOptions options, CancellationToken cancellationToken)
    {
        if (!CheckOptions(options, ["name", "permission"]))
        {
            return 1;
        }

        var created = await tokens.CreateAsync(options.Get("name"), options.GetAll("permission"), Author, cancellationToken);
        if (!created.Succeeded)
        {
            foreach (var message in created.Errors)
            {
                error.WriteLine(localizer["Error: {0}", message]);
            }

            return 1;
        }

        // The secret alone on its own line, so that a script can read it; the notice goes to standard error.
        error.WriteLine(localizer["The token \"{0}\" (id {1}) is created. Copy it now: it will not be shown again.", created.Token!.Name, created.Token.Id]);
        output.WriteLine(created.Secret);
        return 0;
    }

    private async Task<int> ListAsync(CommandLineOptions options, CancellationToken cancellationToken)
    {
        if (!CheckOptions(options, []))
        {
            return 1;
        }

        foreach (var token in await tokens.ListAsync(cancellationToken))
        {
            var state = token.IsRevoked ? localizer["Revoked"] : localizer["Active"];
            output.WriteLine($"{token.Id}\t{token.SecretPrefix}…\t{state}\t{token.Name}\t{string.Join(",", token.Permissions)}\t{token.CreatedUtc:yyyy-MM-dd HH:mm}Z");
        }

        return 0;
    }

    private async Task<int> RevokeAsync(CommandLineOptions options, CancellationToken cancellationToken)
    {
        if (!CheckOptions(options, ["id"]))
        {
            return 1;
        }

        var id = options.Get("id");
        if (id is null)
        {
            error.WriteLine(localizer["The option --id is required. Run \"tokens list\" to see the ids."]);
            return 1;
        }

        if (!await tokens.RevokeAsync(id, Author, cancellationToken))
        {
            error.WriteLine(localizer["Error: {0}", localizer["No API token has the id \"{0}\". Run \"tokens list\" to see the ids.", id]]);
            return 1;
        }

        output.WriteLine(localizer["The token {0} is revoked.", id]);
        return 0;
    }

    private bool CheckOptions(CommandLineOptions options, IReadOnlyCollection<string> allowed)
    {
        var unknown = options.Names.Where(n => !allowed.Contains(n)).Select(n => "--" + n).Concat(options.Invalid).ToList();
        foreach (var argument in unknown)
        {
            error.WriteLine(localizer["The argument \"{0}\" is unknown or has no value. Run \"tokens\" alone to see the usage.", argument]);
        }

        return unknown.Count == 0;
    }

    private int Usage()
    {
        error.WriteLine(localizer["Usage:"]);
        error.WriteLine("  tokens create --name NAME --permission ManageTenants [--permission OTHER...]");
        error.WriteLine("  tokens list");
        error.WriteLine("  tokens revoke --id ID");
        return 1;
    }
}
