using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Catalogue;

/// <summary>
/// A host whose national tenant was set up with the shipped national recipe on one database
/// engine, with helpers to set up centres with the centre recipe. Centres are reached on
/// <see cref="CentresHost"/> with their name as URL prefix.
/// </summary>
public sealed class CatalogueSite : IAsyncDisposable
{
    public const string CentresHost = "centres.test";

    private CatalogueSite(PlatformFactory factory, DatabaseProvider provider)
    {
        Factory = factory;
        Provider = provider;
    }

    public PlatformFactory Factory { get; }

    public DatabaseProvider Provider { get; }

    public static async Task<CatalogueSite> CreateAsync(DatabaseProvider provider)
    {
        var factory = new PlatformFactory();
        var defaults = factory.TenantHost.FindSettings(TenantSettings.DefaultTenantName)!;
        await factory.TenantHost.SaveSettingsAsync(defaults with
        {
            State = TenantState.Running,
            DatabaseProvider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.PostgresConnectionString : null,
            Schema = provider == DatabaseProvider.Postgres ? $"tenant_default_{Guid.NewGuid():N}"[..30] : null,
        });

        var site = new CatalogueSite(factory, provider);
        var result = await site.RunRecipeAsync(TenantSettings.DefaultTenantName, "national", "Réseau APP national");
        Assert.True(result.Succeeded, "The national recipe failed: " + string.Join("; ", result.Errors));
        return site;
    }

    /// <summary>Creates a centre named after <paramref name="stem"/> and runs the centre recipe on it; returns its name (also its URL prefix).</summary>
    public async Task<string> CreateCentreAsync(string stem)
    {
        var name = PlatformFactory.UniqueTenantName(stem);
        await Factory.CreateRunningTenantAsync(name, Provider, prefix: name);
        var result = await RunRecipeAsync(name, "centre", "APP de " + stem);
        Assert.True(result.Succeeded, $"The centre recipe failed on {name}: " + string.Join("; ", result.Errors));
        return name;
    }

    public async Task<RecipeResult> RunRecipeAsync(string tenant, string recipeName, string siteName)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(tenant);
        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeHarvester>().FindAsync(recipeName);
        Assert.NotNull(recipe);
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
            .ExecuteAsync(recipe, new Dictionary<string, string> { ["SiteName"] = siteName });
    }

    /// <summary>Runs the catalogue recipe on the national tenant with a changed version and a changed criteria text for one class.</summary>
    public async Task<RecipeResult> ImportChangedCatalogueAsync(string version, string slug, string criteria)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(TenantSettings.DefaultTenantName);
        var harvester = scope.ServiceProvider.GetRequiredService<IRecipeHarvester>();
        var shipped = (await harvester.FindAsync("catalogue-national"))!;
        var steps = (JsonArray)shipped.Steps.DeepClone();
        var step = steps.OfType<JsonObject>().Single(s => s["name"]!.GetValue<string>() == "BadgeCatalogue");
        step["catalogueVersion"] = version;
        step["badges"]!.AsArray().OfType<JsonObject>().Single(b => b["slug"]!.GetValue<string>() == slug)["criteria"] = criteria;

        var recipe = new RecipeDescriptor { Name = "catalogue-test", Steps = steps, Source = "catalogue-test.recipe.json" };
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string>());
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
