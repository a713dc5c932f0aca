using System.Diagnostics;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Pilot;

/// <summary>
/// Sets up the pilot network: the national tenant from the "national" recipe when it is not set up
/// yet, then each centre through <see cref="TenantManager"/> with the "centre" recipe, filled by
/// <see cref="PilotCentrePopulator"/>. A second run creates nothing that exists: it only completes
/// centres, accounts and applications that are missing.
/// </summary>
public sealed class PilotNetworkSetup(
    IServiceScopeFactory scopeFactory,
    IServiceProvider services,
    TenantHost host,
    IStringLocalizer<PilotNetworkSetup> localizer,
    ILogger<PilotNetworkSetup> logger)
{
    public const string NationalAdminEmail = "direction@reseau-app.example";
    public const string CentreAdminUserName = "direction";
    public const string NationalRecipe = "national";
    public const string CentreRecipe = "centre";

    /// <summary>Recipe run on every pilot centre after its setup, again on each run: it only sets values.</summary>
    public const string PilotCentreRecipe = "pilot-centre";

    public async Task<PilotSetupReport> RunAsync(PilotSetupOptions options, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var report = new PilotSetupReport();
        var network = PilotNetworkDescription.Load();
        var count = Math.Clamp(options.CentreCount, 1, Math.Min(PilotSetupOptions.MaxCentres, network.Centres.Count));
        logger.LogInformation("Pilot setup started for {CentreCount} centres", count);

        if (await SetUpNationalAsync(options, report, cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                await SetUpCentreAsync(network, i, options, report, cancellationToken);
            }
        }

        report.Elapsed = Stopwatch.GetElapsedTime(started);
        logger.LogInformation(
            "Pilot setup finished in {ElapsedMs} ms: {CentresCreated} centres created, {CentresExisting} existing, {UsersCreated} users, {ApplicationsCreated} applications, {BadgesIssued} badges, {ErrorCount} errors",
            report.Elapsed.TotalMilliseconds, report.CentresCreated, report.CentresExisting, report.UsersCreated,
            report.ApplicationsCreated, report.BadgesIssued, report.Errors.Count);
        return report;
    }

    /// <summary>Sets the national tenant up when it is uninitialized; returns false when it cannot run.</summary>
    private async Task<bool> SetUpNationalAsync(PilotSetupOptions options, PilotSetupReport report, CancellationToken cancellationToken)
    {
        var national = host.FindSettings(TenantSettings.DefaultTenantName);
        if (national?.State == TenantState.Running)
        {
            return true;
        }

        if (national?.State != TenantState.Uninitialized)
        {
            report.Errors.Add(localizer["The national tenant is disabled or missing, so the pilot network cannot be set up."]);
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TenantSetupService>().SetupAsync(TenantSettings.DefaultTenantName, new SetupRequest
        {
            SiteName = localizer["National network of the APP (pilot)"],
            AdminEmail = NationalAdminEmail,
            AdminUserName = CentreAdminUserName,
            AdminPassword = options.Password,
            RecipeName = NationalRecipe,
        }, cancellationToken);

        if (!result.Succeeded)
        {
            report.Errors.AddRange(result.Errors.Select(e => localizer["National tenant: {0}", e].Value));
            return false;
        }

        report.NationalSetUp = true;
        return true;
    }

    private async Task SetUpCentreAsync(PilotNetworkDescription network, int index, PilotSetupOptions options, PilotSetupReport report,
        CancellationToken cancellationToken)
    {
        var centre = network.Centres[index];
        var existing = host.FindSettings(centre.Name);
        if (existing is null)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(new TenantCreateRequest
            {
                Name = centre.Name,
                RequestUrlPrefix = centre.Name,
                SiteName = centre.SiteName,
                AdminEmail = $"{CentreAdminUserName}@{centre.Name}.example",
                AdminUserName = CentreAdminUserName,
                AdminPassword = options.Password,
                RecipeName = CentreRecipe,
            }, cancellationToken);

            if (!result.Succeeded)
            {
                report.Errors.AddRange(result.Errors.Select(e => localizer["Centre \"{0}\": {1}", centre.Name, e.Message].Value));
                return;
            }

            report.CentresCreated++;
        }
        else if (existing.State != TenantState.Running)
        {
            report.Errors.Add(localizer["The centre \"{0}\" exists but is not running ({1}). Enable it, then run the pilot setup again.", centre.Name, existing.State]);
            return;
        }
        else
        {
            report.CentresExisting++;
        }

        if (!await RunPilotCentreRecipeAsync(centre, report, cancellationToken))
        {
            return;
        }

        var populator = ActivatorUtilities.CreateInstance<PilotCentrePopulator>(services);
        await populator.PopulateAsync(centre, index, network.PeopleOf(index), options.Password, report, cancellationToken);
        logger.LogInformation("Pilot centre {Tenant} ready", centre.Name);
    }

    /// <summary>Runs the pilot-centre recipe, which sets the contact e-mail that the centre's badge issuer profile needs.</summary>
    private async Task<bool> RunPilotCentreRecipeAsync(PilotCentre centre, PilotSetupReport report, CancellationToken cancellationToken)
    {
        await using var scope = await host.CreateScopeAsync(centre.Name);
        var services = scope.ServiceProvider;
        var recipe = await services.GetRequiredService<IRecipeHarvester>().FindAsync(PilotCentreRecipe, cancellationToken);
        if (recipe is null)
        {
            report.Errors.Add(localizer["Centre \"{0}\": {1}", centre.Name, localizer["The recipe \"{0}\" does not exist.", PilotCentreRecipe]].Value);
            return false;
        }

        var parameters = new Dictionary<string, string> { ["ContactEmail"] = $"{CentreAdminUserName}@{centre.Name}.example" };
        var result = await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, parameters, cancellationToken);
        report.Errors.AddRange(result.Errors.Select(e => localizer["Centre \"{0}\": {1}", centre.Name, e.ToString()].Value));
        return result.Succeeded;
    }
}
