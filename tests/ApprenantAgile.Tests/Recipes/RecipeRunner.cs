using System.Globalization;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

/// <summary>Runs recipe JSON on a tenant the way the platform does: read, then execute in a tenant scope.</summary>
public static class RecipeRunner
{
    public const string Source = "test.recipe.json";

    /// <summary>
    /// Reads and executes a recipe. Messages are asserted in English (the localizer keys), so the
    /// run uses an English UI culture whatever the machine's culture is.
    /// </summary>
    public static async Task<RecipeResult> RunAsync(
        PlatformFactory factory, string tenant, string json, IReadOnlyDictionary<string, string>? parameters = null)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var read = scope.ServiceProvider.GetRequiredService<RecipeReader>().Read(json, Source);
        if (!read.Succeeded)
        {
            return new RecipeResult(read.Errors);
        }

        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
            .ExecuteAsync(read.Recipe!, parameters ?? new Dictionary<string, string>());
    }

    public static async Task<IReadOnlySet<string>> EnabledFeaturesAsync(PlatformFactory factory, string tenant)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        return await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().GetEnabledAsync();
    }

    public static async Task<SiteSettings> SiteSettingsAsync(PlatformFactory factory, string tenant)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        return await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<SiteSettings>();
    }
}
