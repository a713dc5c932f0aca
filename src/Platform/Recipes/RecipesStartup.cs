using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes.Steps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>Registers the recipe engine and its built-in steps (feature, themes, settings).</summary>
[Feature(PlatformFeatures.Recipes)]
public sealed class RecipesStartup : ModuleStartup
{
    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RecipeReader>();
        services.AddSingleton<RecipeExpressionSubstitution>();
        services.AddSingleton<RecipeStepResolver>();
        services.AddSingleton<IRecipeHarvester, RecipeHarvester>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();

        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, ThemesStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
    }
}
