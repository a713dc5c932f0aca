using System.Globalization;
using System.Security.Cryptography;
using ApprenantAgile.Web.Pilot;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Cli;

/// <summary>
/// The host's "pilot setup" command: sets up the national tenant and the pilot centres with their
/// people and applications, and prints what it created. Returns 0 on success, 1 on any error.
/// </summary>
/// <example>
/// <code>
/// dotnet run --project src/Web -- pilot setup
/// dotnet run --project src/Web -- pilot setup --centres 3 --password "Mot de passe du pilote"
/// </code>
/// </example>
public sealed class PilotCommandLine(PilotNetworkSetup setup, IStringLocalizer<PilotCommandLine> localizer, TextWriter output, TextWriter error)
{
    public const string CommandName = "pilot";

    /// <param name="args">The arguments after "pilot": "setup" and its options.</param>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        // Messages are French whatever the server's locale, as the operators are.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        if (args.Count == 0 || args[0] != "setup")
        {
            return Usage();
        }

        var options = CommandLineOptions.Parse(args.Skip(1));
        var unknown = options.Names.Where(n => n is not ("centres" or "password")).Select(n => "--" + n).Concat(options.Invalid).ToList();
        foreach (var argument in unknown)
        {
            error.WriteLine(localizer["The argument \"{0}\" is unknown or has no value. Run \"pilot\" alone to see the usage.", argument]);
        }

        var centres = PilotSetupOptions.MaxCentres;
        var centresText = options.Get("centres");
        if (centresText is not null && (!int.TryParse(centresText, NumberStyles.None, CultureInfo.InvariantCulture, out centres)
            || centres is < 1 or > PilotSetupOptions.MaxCentres))
        {
            error.WriteLine(localizer["The number of centres \"{0}\" is invalid: give a number from 1 to {1}.", centresText, PilotSetupOptions.MaxCentres]);
            return 1;
        }

        if (unknown.Count > 0)
        {
            return 1;
        }

        var givenPassword = options.Get("password");
        var password = givenPassword ?? NewPassword();
        var report = await setup.RunAsync(new PilotSetupOptions { CentreCount = centres, Password = password }, cancellationToken);

        output.WriteLine(localizer["Pilot network: {0} centres created, {1} already there, {2} accounts created, {3} applications created, {4} badges issued, in {5:0.0} s.",
            report.CentresCreated, report.CentresExisting, report.UsersCreated, report.ApplicationsCreated, report.BadgesIssued, report.Elapsed.TotalSeconds]);
        if (report.UsersCreated > 0 || report.NationalSetUp)
        {
            // Printed once, on standard output only, never logged: the accounts are demonstration accounts.
            output.WriteLine(localizer["Password of the accounts created by this run: {0}", givenPassword is null ? password : localizer["the one given with --password"]]);
        }

        foreach (var message in report.Errors)
        {
            error.WriteLine(localizer["Error: {0}", message]);
        }

        return report.Succeeded ? 0 : 1;
    }

    /// <summary>Returns a random password of 24 characters that meets the tenants' password rules.</summary>
    private static string NewPassword() =>
        "Pilote-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', '_').Replace('+', '-') + "1";

    private int Usage()
    {
        error.WriteLine(localizer["Usage:"]);
        error.WriteLine("  pilot setup [--centres 1-20] [--password PASSWORD]");
        return 1;
    }
}
