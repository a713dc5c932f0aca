using System.Globalization;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>
/// The host's "tenants" command: runs one tenant operation through <see cref="TenantManager"/> and
/// prints its outcome in French. Returns the process exit code: 0 on success, 1 on any error.
/// </summary>
/// <example>
/// <code>
/// dotnet run --project src/Web -- tenants create --name centre-lyon --prefix centre-lyon --site-name "APP Lyon" --admin-email a@b.fr
/// dotnet run --project src/Web -- tenants list
/// dotnet run --project src/Web -- tenants disable --name centre-lyon
/// </code>
/// </example>
public sealed class TenantCommandLine(TenantManager manager, IStringLocalizer<TenantCommandLine> localizer, TextWriter output, TextWriter error)
{
    public const string CommandName = "tenants";

    private static readonly string[] CreateOptions =
        ["name", "prefix", "host", "site-name", "admin-email", "admin-user-name", "recipe", "provider", "connection"];

    private static readonly string[] NameOnlyOptions = ["name"];

    /// <param name="args">The arguments after "tenants": a sub-command and its options.</param>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        // Messages are French whatever the server's locale, as the operators are.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

        if (args.Count == 0)
        {
            return Usage();
        }

        var options = CommandLineOptions.Parse(args.Skip(1));
        return args[0] switch
        {
            "create" => await CreateAsync(options, cancellationToken),
            "list" => List(options),
            "disable" => await ChangeAsync(options, manager.DisableAsync, "The tenant \"{0}\" is disabled.", cancellationToken),
            "enable" => await ChangeAsync(options, manager.EnableAsync, "The tenant \"{0}\" is enabled.", cancellationToken),
            "remove" => await ChangeAsync(options, manager.RemoveAsync, "The tenant \"{0}\" is removed; its data is archived in App_Data/Archives.", cancellationToken),
            _ => Usage(),
        };
    }

    private async Task<int> CreateAsync(CommandLineOptions options, CancellationToken cancellationToken)
    {
        if (!CheckOptions(options, CreateOptions))
        {
            return 1;
        }

        DatabaseProvider? provider = null;
        var providerName = options.Get("provider");
        if (providerName is not null)
        {
            if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                error.WriteLine(localizer["The database provider \"{0}\" is unknown. Use Sqlite or Postgres.", providerName]);
                return 1;
            }

            provider = parsed;
        }

        var result = await manager.CreateAsync(new TenantCreateRequest
        {
            Name = options.Get("name") ?? "",
            SiteName = options.Get("site-name") ?? "",
            AdminEmail = options.Get("admin-email") ?? "",
            AdminUserName = options.Get("admin-user-name") ?? "admin",
            RecipeName = options.Get("recipe") ?? TenantCreateRequest.DefaultRecipeName,
            RequestUrlPrefix = options.Get("prefix"),
            RequestUrlHosts = options.GetAll("host"),
            DatabaseProvider = provider,
            ConnectionString = options.Get("connection"),
        }, cancellationToken);

        if (!result.Succeeded)
        {
            return PrintErrors(result);
        }

        output.WriteLine(localizer["The tenant \"{0}\" is created and set up.", result.Tenant!.Name]);
        return 0;
    }

    private int List(CommandLineOptions options)
    {
        if (!CheckOptions(options, []))
        {
            return 1;
        }

        foreach (var tenant in manager.List())
        {
            var address = tenant.RequestUrlPrefix is not null ? "/" + tenant.RequestUrlPrefix + "/"
                : tenant.RequestUrlHosts.Count > 0 ? string.Join(", ", tenant.RequestUrlHosts) : "/";
            var state = tenant.State switch
            {
                TenantState.Running => localizer["Running"],
                TenantState.Disabled => localizer["Disabled"],
                _ => localizer["Not set up"],
            };
            output.WriteLine($"{tenant.Name}\t{state}\t{address}\t{tenant.DatabaseProvider}\t{tenant.CreatedUtc:yyyy-MM-dd HH:mm}Z");
        }

        return 0;
    }

    private async Task<int> ChangeAsync(
        CommandLineOptions options,
        Func<string, CancellationToken, Task<TenantOperationResult>> change,
        string successMessage,
        CancellationToken cancellationToken)
    {
        if (!CheckOptions(options, NameOnlyOptions))
        {
            return 1;
        }

        var name = options.Get("name");
        if (name is null)
        {
            error.WriteLine(localizer["The option --name is required."]);
            return 1;
        }

        var result = await change(name, cancellationToken);
        if (!result.Succeeded)
        {
            return PrintErrors(result);
        }

        output.WriteLine(localizer[successMessage, name]);
        return 0;
    }

    private bool CheckOptions(CommandLineOptions options, IReadOnlyCollection<string> allowed)
    {
        var unknown = options.Names.Where(n => !allowed.Contains(n)).Select(n => "--" + n).Concat(options.Invalid).ToList();
        foreach (var argument in unknown)
        {
            error.WriteLine(localizer["The argument \"{0}\" is unknown or has no value. Run \"tenants\" alone to see the usage.", argument]);
        }

        return unknown.Count == 0;
    }

    private int PrintErrors(TenantOperationResult result)
    {
        foreach (var failure in result.Errors)
        {
            error.WriteLine(localizer["Error: {0}", failure.Message]);
        }

        return 1;
    }

    private int Usage()
    {
        error.WriteLine(localizer["Usage:"]);
        error.WriteLine("  tenants create --name NAME (--prefix PREFIX | --host HOST...) --site-name NAME --admin-email E-MAIL");
        error.WriteLine("                 [--recipe centre] [--admin-user-name admin] [--provider Sqlite|Postgres] [--connection STRING]");
        error.WriteLine("  tenants list");
        error.WriteLine("  tenants disable|enable|remove --name NAME");
        return 1;
    }
}
