using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Deployment;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

public sealed class DeploymentRoundTripTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public DeploymentRoundTripTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Export_then_import_copies_features_and_settings(DatabaseProvider provider)
    {
        var source = PlatformFactory.UniqueTenantName("source");
        var target = PlatformFactory.UniqueTenantName("cible");
        await _factory.CreateRunningTenantAsync(source, provider);
        await _factory.CreateRunningTenantAsync(target, provider);
        var setup = await RecipeRunner.RunAsync(_factory, source, """
            { "name": "source", "steps": [
                { "name": "feature", "enable": [ "ApprenantAgile.Deployment", "ApprenantAgile.ContentTypes", "ApprenantAgile.Badges" ] },
                { "name": "settings", "SiteName": "APP de Rennes", "Culture": "br-FR", "TimeZone": "America/Cayenne",
                  "ContactEmail": "contact@app-rennes.fr", "Badges": { "Issuer": "APP Rennes", "Levels": [ 1, 2 ] } },
                { "name": "themes", "site": "AgileTheme" }
            ] }
            """);
        Assert.Empty(setup.Errors);

        JsonObject exported;
        await using (var scope = await _factory.TenantHost.CreateScopeAsync(source))
        {
            exported = await scope.ServiceProvider.GetRequiredService<DeploymentManager>().ExportAsync();
        }

        await using (var scope = await _factory.TenantHost.CreateScopeAsync(target))
        {
            using var file = new MemoryStream(Encoding.UTF8.GetBytes(exported.ToJsonString()));
            var imported = await scope.ServiceProvider.GetRequiredService<DeploymentManager>().ImportAsync(file, $"{source}-export.recipe.json");
            Assert.Empty(imported.Errors);
        }

        Assert.Equal($"{source}-export", exported["name"]!.GetValue<string>());
        Assert.StartsWith("Export ", exported["displayName"]!.GetValue<string>());
        Assert.Equal(["feature", "settings"], exported["steps"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Take(2));
        Assert.Equal(await RecipeRunner.EnabledFeaturesAsync(_factory, source), await RecipeRunner.EnabledFeaturesAsync(_factory, target));
        Assert.Equal(
            JsonSerializer.Serialize(await RecipeRunner.SiteSettingsAsync(_factory, source), DocumentStore.JsonOptions),
            JsonSerializer.Serialize(await RecipeRunner.SiteSettingsAsync(_factory, target), DocumentStore.JsonOptions));
    }
}
