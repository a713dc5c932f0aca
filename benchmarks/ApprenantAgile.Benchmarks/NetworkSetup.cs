using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Benchmarks;

/// <summary>Sets up the national tenant and one centre with the shipped recipes, as the benchmarks that load public pages need them.</summary>
internal static class NetworkSetup
{
    /// <summary>Runs the national recipe on the default tenant, then creates the centre (its name is also its URL prefix) and runs the centre recipe on it.</summary>
    public static async Task SetUpAsync(TenantHost host, string centreName, string centreSiteName)
    {
        var defaults = host.FindSettings(TenantSettings.DefaultTenantName)!;
        await host.SaveSettingsAsync(defaults with { State = TenantState.Running });
        await RunRecipeAsync(host, TenantSettings.DefaultTenantName, "national", "Réseau APP national");

        await host.SaveSettingsAsync(new TenantSettings { Name = centreName, State = TenantState.Running, RequestUrlPrefix = centreName });
        await RunRecipeAsync(host, centreName, "centre", centreSiteName);
    }

    private static async Task RunRecipeAsync(TenantHost host, string tenant, string recipeName, string siteName)
    {
        await using var scope = await host.CreateScopeAsync(tenant);
        var services = scope.ServiceProvider;
        var recipe = await services.GetRequiredService<IRecipeHarvester>().FindAsync(recipeName)
            ?? throw new InvalidOperationException($"The shipped recipe '{recipeName}' was not found. Check that the Web project embeds recipes/*.recipe.json.");
        var result = await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string> { ["SiteName"] = siteName });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The recipe '{recipeName}' failed on tenant '{tenant}': " + string.Join("; ", result.Errors));
        }
    }
}
