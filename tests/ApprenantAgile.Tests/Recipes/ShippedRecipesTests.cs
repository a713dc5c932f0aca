using System.Globalization;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

/// <summary>The recipes of the repository's recipes/ folder, found by the harvester and run on fresh tenants.</summary>
public sealed class ShippedRecipesTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public ShippedRecipesTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Harvester_finds_national_and_centre()
    {
        var harvester = _factory.Services.GetRequiredService<IRecipeHarvester>();

        var recipes = await harvester.GetRecipesAsync();
        var national = await harvester.FindAsync("national");
        var centre = await harvester.FindAsync("Centre");

        Assert.Contains("national", recipes.Select(r => r.Name));
        Assert.Contains("centre", recipes.Select(r => r.Name));
        Assert.True(national?.IsSetupRecipe);
        Assert.EndsWith(Path.Combine("Recipes", "national.recipe.json"), national?.Source);
        Assert.Equal("centre", centre?.Name);
        Assert.Null(await harvester.FindAsync("inexistante"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task National_recipe_sets_up_national_tenant(DatabaseProvider provider)
    {
        // A host of its own, because the national tenant is one per host and this test sets it up.
        await using var factory = new PlatformFactory();
        var defaults = factory.TenantHost.FindSettings(TenantSettings.DefaultTenantName)!;
        await factory.TenantHost.SaveSettingsAsync(defaults with
        {
            State = TenantState.Running,
            DatabaseProvider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.PostgresConnectionString : null,
            Schema = provider == DatabaseProvider.Postgres ? $"tenant_default_{Guid.NewGuid():N}"[..30] : null,
        });

        var result = await RunShippedAsync(factory, TenantSettings.DefaultTenantName, "national", "Réseau APP national");

        Assert.Empty(result.Errors);
        var features = await RecipeRunner.EnabledFeaturesAsync(factory, TenantSettings.DefaultTenantName);
        Assert.Contains(PlatformFeatures.Tenants, features);
        Assert.Contains(PlatformFeatures.Deployment, features);
        Assert.Contains(PlatformFeatures.ContentTypes, features);
        Assert.Contains("AgileTheme", features);
        var settings = await RecipeRunner.SiteSettingsAsync(factory, TenantSettings.DefaultTenantName);
        Assert.Equal("Réseau APP national", settings.SiteName);
        Assert.Equal("fr-FR", settings.Culture);
        Assert.Equal("Europe/Paris", settings.TimeZone);
        Assert.Equal("AgileTheme", settings.Theme);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Centre_recipe_sets_up_centre(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("centre");
        await _factory.CreateRunningTenantAsync(tenant, provider);

        var result = await RunShippedAsync(_factory, tenant, "centre", "APP de Besançon");

        Assert.Empty(result.Errors);
        var features = await RecipeRunner.EnabledFeaturesAsync(_factory, tenant);
        Assert.Contains(PlatformFeatures.Deployment, features);
        Assert.DoesNotContain(PlatformFeatures.Tenants, features);
        Assert.Equal("APP de Besançon", (await RecipeRunner.SiteSettingsAsync(_factory, tenant)).SiteName);
        Assert.True((await _factory.TenantHost.GetOrActivateAsync(_factory.TenantHost.FindSettings(tenant)!)).IsFeatureEnabled(PlatformFeatures.Deployment));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task National_recipe_is_rejected_on_centre(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("centre");
        await _factory.CreateRunningTenantAsync(tenant, provider);
        var before = await TenantDatabaseSnapshot.TakeAsync(_factory, tenant);

        var result = await RunShippedAsync(_factory, tenant, "national", "Centre");

        var error = Assert.Single(result.Errors);
        Assert.Equal((0, "enable[0]"), (error.StepIndex, error.Property));
        Assert.Equal(before, await TenantDatabaseSnapshot.TakeAsync(_factory, tenant));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Missing_site_name_parameter_is_rejected(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("centre");
        await _factory.CreateRunningTenantAsync(tenant, provider);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        await using var scope = await _factory.TenantHost.CreateScopeAsync(tenant);
        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeHarvester>().FindAsync("centre");
        var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe!, new Dictionary<string, string>());

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "SiteName"), (error.StepIndex, error.Property));
        Assert.Contains("parameter \"SiteName\"", error.Message);
    }

    /// <summary>Runs a shipped recipe by name, as tenant setup does.</summary>
    private static async Task<RecipeResult> RunShippedAsync(PlatformFactory factory, string tenant, string recipeName, string siteName)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeHarvester>().FindAsync(recipeName);
        Assert.NotNull(recipe);
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
            .ExecuteAsync(recipe, new Dictionary<string, string> { ["SiteName"] = siteName });
    }
}
