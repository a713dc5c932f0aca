using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Setup;

/// <summary>
/// Sets up an uninitialized tenant: creates the tables of the always-enabled features, runs the
/// recipe with the request's parameters, runs the <see cref="ITenantSetupHandler"/>s (the first
/// administrator), then marks the tenant Running. On any error the tenant stays Uninitialized;
/// what the failed run wrote stays in its database, which <see cref="TenantManager"/> deletes.
/// </summary>
public sealed class TenantSetupService(
    TenantHost host,
    FeatureCatalogue catalogue,
    IStringLocalizer<TenantSetupService> localizer,
    ILogger<TenantSetupService> logger,
    IRecipeHarvester? harvester = null)
{
    public async Task<SetupResult> SetupAsync(string tenantName, SetupRequest request, CancellationToken cancellationToken = default)
    {
        var settings = host.FindSettings(tenantName);
        if (settings is null)
        {
            return Fail(tenantName, localizer["The tenant \"{0}\" does not exist.", tenantName]);
        }

        if (settings.State != TenantState.Uninitialized)
        {
            return Fail(tenantName, localizer["The tenant \"{0}\" is already set up.", tenantName]);
        }

        var recipe = harvester is null ? null : await harvester.FindAsync(request.RecipeName, cancellationToken);
        if (recipe is null)
        {
            return Fail(tenantName, localizer["The recipe \"{0}\" does not exist.", request.RecipeName]);
        }

        logger.LogInformation("Tenant {Tenant}: setup started with recipe {Recipe}", tenantName, recipe.Name);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        List<string> errors;
        try
        {
            errors = await RunSetupStepsAsync(settings, recipe, request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Tenant {Tenant}: setup with recipe {Recipe} failed", tenantName, recipe.Name);
            errors = [localizer["The setup failed: {0}", ex.Message]];
        }

        if (errors.Count > 0)
        {
            logger.LogWarning("Tenant {Tenant}: setup failed with {ErrorCount} errors: {Errors}", tenantName, errors.Count, errors);
            return new SetupResult(errors);
        }

        await host.SaveSettingsAsync(settings with { State = TenantState.Running, RecipeName = recipe.Name }, cancellationToken);
        logger.LogInformation("Tenant {Tenant}: setup finished in {ElapsedMs} ms", tenantName,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return SetupResult.Success;
    }

    private async Task<List<string>> RunSetupStepsAsync(
        TenantSettings settings, RecipeDescriptor recipe, SetupRequest request, CancellationToken cancellationToken)
    {
        await using var scope = await host.CreateScopeAsync(settings.Name);
        var services = scope.ServiceProvider;

        // The tables of the always-enabled features first: the recipe's steps write into them.
        var alwaysEnabled = catalogue.WithDependencies(catalogue.AlwaysEnabled.Select(f => f.Id));
        await services.GetRequiredService<DataMigrationManager>().UpdateAsync(alwaysEnabled, cancellationToken);

        var parameters = new Dictionary<string, string>(request.Parameters, StringComparer.Ordinal)
        {
            ["SiteName"] = request.SiteName,
            ["AdminEmail"] = request.AdminEmail,
            ["AdminUserName"] = request.AdminUserName,
        };

        var executor = services.GetService<IRecipeExecutor>();
        if (executor is null)
        {
            return [localizer["No recipe engine is installed on this host, so the recipe \"{0}\" cannot run.", recipe.Name]];
        }

        var result = await executor.ExecuteAsync(recipe, parameters, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Errors.Select(e => e.ToString()).ToList();
        }

        await SaveSiteNameAsync(services.GetRequiredService<IDocumentStore>(), request.SiteName, cancellationToken);
        return await RunHandlersAsync(settings, request, services, cancellationToken);
    }

    /// <summary>The request's site name wins over a recipe's default, as the person setting up typed it.</summary>
    private static async Task SaveSiteNameAsync(IDocumentStore documents, string siteName, CancellationToken cancellationToken)
    {
        var site = await documents.GetAsync<SiteSettings>(cancellationToken);
        site.SiteName = siteName;
        await documents.SaveAsync(site, cancellationToken);
    }

    private async Task<List<string>> RunHandlersAsync(
        TenantSettings settings, SetupRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = new TenantSetupContext
        {
            Tenant = settings,
            SiteName = request.SiteName,
            AdminEmail = request.AdminEmail,
            AdminUserName = request.AdminUserName,
            AdminPassword = request.AdminPassword,
            Parameters = request.Parameters,
            Services = services,
        };

        foreach (var handler in services.GetServices<ITenantSetupHandler>().OrderBy(h => h.Order))
        {
            await handler.SetupAsync(context, cancellationToken);
            if (context.Errors.Count > 0)
            {
                logger.LogWarning("Tenant {Tenant}: setup handler {Handler} reported errors", settings.Name, handler.GetType().Name);
                return context.Errors.ToList();
            }
        }

        return [];
    }

    private SetupResult Fail(string tenantName, string message)
    {
        logger.LogWarning("Tenant {Tenant}: setup rejected: {Reason}", tenantName, message);
        return new SetupResult([message]);
    }
}
