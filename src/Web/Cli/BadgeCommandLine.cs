using System.Globalization;
using ApprenantAgile.Badges.Issuing.Csv;
using ApprenantAgile.Platform.Localization;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>
/// The host's "badges" command. "badges issue-csv --tenant NAME --file PATH" issues one badge per
/// row of a CSV file on a tenant, prints the counts and each rejected line in French, and returns
/// 0 when every row was issued (now or by an earlier run), 1 otherwise.
/// </summary>
/// <example>
/// <code>dotnet run --project src/Web -- badges issue-csv --tenant centre-lyon --file apprenants.csv</code>
/// </example>
public sealed class BadgeCommandLine(TenantHost tenantHost, IStringLocalizer<BadgeCommandLine> localizer, TextWriter output, TextWriter error)
{
    public const string CommandName = "badges";

    private static readonly string[] IssueCsvOptions = ["tenant", "file"];

    /// <param name="args">The arguments after "badges": a sub-command and its options.</param>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        if (args.Count == 0 || args[0] != "issue-csv")
        {
            return Usage();
        }

        var options = CommandLineOptions.Parse(args.Skip(1));
        var unknown = options.Names.Where(n => !IssueCsvOptions.Contains(n)).Select(n => "--" + n).Concat(options.Invalid).ToList();
        foreach (var argument in unknown)
        {
            error.WriteLine(localizer["The argument \"{0}\" is unknown or has no value. Run \"badges\" alone to see the usage.", argument]);
        }

        var tenantName = options.Get("tenant");
        var path = options.Get("file");
        if (unknown.Count > 0 || tenantName is null || path is null)
        {
            return unknown.Count > 0 ? 1 : Usage();
        }

        var tenant = tenantHost.FindSettings(tenantName);
        if (tenant is null || tenant.State != TenantState.Running)
        {
            error.WriteLine(localizer["The tenant \"{0}\" does not exist or is not running. Run \"tenants list\" to see the tenants.", tenantName]);
            return 1;
        }

        if (!File.Exists(path))
        {
            error.WriteLine(localizer["The file \"{0}\" does not exist.", path]);
            return 1;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        await using var scope = await tenantHost.CreateScopeAsync(tenantName);
        var importer = scope.ServiceProvider.GetRequiredService<CsvIssueImporter>();
        var report = await importer.ImportAsync(bytes, issuedBy: null, cancellationToken);

        output.WriteLine(string.Join(", ",
            localizer.Plural(report.Issued, "{0} badge issued", "{0} badges issued", report.Issued),
            localizer.Plural(report.AlreadyIssued, "{0} already issued before", "{0} already issued before", report.AlreadyIssued),
            localizer.Plural(report.Errors.Count, "{0} line rejected", "{0} lines rejected", report.Errors.Count)) + ".");
        foreach (var rowError in report.Errors)
        {
            error.WriteLine(rowError.Message);
        }

        return report.HasErrors ? 1 : 0;
    }

    private int Usage()
    {
        error.WriteLine(localizer["Usage:"]);
        error.WriteLine("  badges issue-csv --tenant NAME --file PATH.csv");
        return 1;
    }
}
