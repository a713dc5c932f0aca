using System.Text;
using ApprenantAgile.Platform.Deployment;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

/// <summary>
/// Each kind of recipe error: its message, step index and property, and a database left as it was.
/// Every faulty recipe also carries valid steps that would write if they ran.
/// </summary>
public sealed class RecipeExecutorErrorTests : IClassFixture<RecipesPlatformFactory>
{
    // Valid steps placed before the faulty one: they would change the features and the site name.
    private const string WritingSteps = """
        { "name": "feature", "enable": [ "ApprenantAgile.Deployment" ] },
        { "name": "settings", "SiteName": "Après la recette" }
        """;

    private readonly RecipesPlatformFactory _factory;

    public RecipeExecutorErrorTests(RecipesPlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unknown_step_is_rejected(DatabaseProvider provider)
    {
        var (error, unchanged) = await RunFaultyAsync(provider, """{ "name": "widgets", "items": [] }""");

        Assert.Equal((2, "name"), (error.StepIndex, error.Property));
        Assert.Contains("step \"widgets\" is unknown", error.Message);
        Assert.True(unchanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Missing_property_is_rejected(DatabaseProvider provider)
    {
        var (error, unchanged) = await RunFaultyAsync(provider, """{ "name": "themes" }""");

        Assert.Equal((2, "site"), (error.StepIndex, error.Property));
        Assert.Contains("no \"site\" property", error.Message);
        Assert.True(unchanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Ill_typed_property_is_rejected(DatabaseProvider provider)
    {
        var (error, unchanged) = await RunFaultyAsync(provider, """{ "name": "settings", "SiteName": 42 }""");

        Assert.Equal((2, "SiteName"), (error.StepIndex, error.Property));
        Assert.Contains("must be a string, but it is a number", error.Message);
        Assert.True(unchanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Ill_typed_feature_list_is_rejected(DatabaseProvider provider)
    {
        var (error, unchanged) = await RunFaultyAsync(provider, """{ "name": "feature", "enable": "ApprenantAgile.Tenants" }""");

        Assert.Equal((2, "enable"), (error.StepIndex, error.Property));
        Assert.Contains("must be an array of strings, but it is a string", error.Message);
        Assert.True(unchanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unknown_feature_is_rejected(DatabaseProvider provider)
    {
        var (error, unchanged) = await RunFaultyAsync(provider, """{ "name": "feature", "enable": [ "ApprenantAgile.Contents", "ApprenantAgile.Gamification" ] }""");

        Assert.Equal((2, "enable[1]"), (error.StepIndex, error.Property));
        Assert.Contains("feature \"ApprenantAgile.Gamification\" does not exist", error.Message);
        Assert.True(unchanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task National_feature_on_centre_is_rejected(DatabaseProvider provider)
    {
        var (error, unchanged) = await RunFaultyAsync(provider, $$"""{ "name": "feature", "enable": [ "{{PlatformFeatures.Tenants}}" ] }""");

        Assert.Equal((2, "enable[0]"), (error.StepIndex, error.Property));
        Assert.Contains("reserved for the national tenant", error.Message);
        Assert.True(unchanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Invalid_culture_and_time_zone_are_rejected(DatabaseProvider provider)
    {
        var tenant = await CreateSeededTenantAsync(provider);
        var before = await TenantDatabaseSnapshot.TakeAsync(_factory, tenant);

        var result = await RecipeRunner.RunAsync(_factory, tenant, $$"""
            { "name": "faulty", "steps": [ {{WritingSteps}}, { "name": "settings", "Culture": "fr-XX-bidon", "TimeZone": "Europe/Lutece" } ] }
            """);

        Assert.Equal(["Culture", "TimeZone"], result.Errors.Select(e => e.Property).Order());
        Assert.Contains(result.Errors, e => e.Message.Contains("\"Europe/Lutece\" is not a known time zone"));
        Assert.Equal(before, await TenantDatabaseSnapshot.TakeAsync(_factory, tenant));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unknown_parameter_is_rejected(DatabaseProvider provider)
    {
        var (error, unchanged) = await RunFaultyAsync(provider, """{ "name": "settings", "ContactEmail": "[js:parameters('ContactEmail')]" }""");

        Assert.Equal((2, "ContactEmail"), (error.StepIndex, error.Property));
        Assert.Contains("parameter \"ContactEmail\" is not defined", error.Message);
        Assert.True(unchanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_error_is_collected(DatabaseProvider provider)
    {
        var tenant = await CreateSeededTenantAsync(provider);

        var result = await RecipeRunner.RunAsync(_factory, tenant, """
            { "name": "faulty", "steps": [
                { "name": "feature", "enable": [ "Nope" ] },
                { "name": "widgets" },
                { "name": "themes", "site": "ApprenantAgile.Badges" }
            ] }
            """);

        Assert.Equal([0, 1, 2], result.Errors.Select(e => e.StepIndex ?? -1));
        Assert.Contains("\"ApprenantAgile.Badges\" is not a theme", result.Errors[2].Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Malformed_import_leaves_tenant_unchanged(DatabaseProvider provider)
    {
        var tenant = await CreateSeededTenantAsync(provider);
        var before = await TenantDatabaseSnapshot.TakeAsync(_factory, tenant);
        // The comma after the first step is missing, on line 5.
        var json = """
            {
              "name": "faulty",
              "steps": [
                { "name": "settings", "SiteName": "Après la recette" }
                { "name": "feature", "enable": [ "ApprenantAgile.Deployment" ] }
              ]
            }
            """;

        RecipeResult result;
        await using (var scope = await _factory.TenantHost.CreateScopeAsync(tenant))
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            result = await scope.ServiceProvider.GetRequiredService<DeploymentManager>().ImportAsync(stream, "upload.json");
        }

        var error = Assert.Single(result.Errors);
        Assert.Equal("upload.json", error.Source);
        Assert.Contains("not valid JSON at line 5,", error.Message);
        Assert.Equal(before, await TenantDatabaseSnapshot.TakeAsync(_factory, tenant));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Step_failure_rolls_back_earlier_steps(DatabaseProvider provider)
    {
        var tenant = await CreateSeededTenantAsync(provider);
        var before = await TenantDatabaseSnapshot.TakeAsync(_factory, tenant);
        var featuresBefore = await RecipeRunner.EnabledFeaturesAsync(_factory, tenant);

        var result = await RecipeRunner.RunAsync(_factory, tenant, $$"""
            { "name": "faulty", "steps": [
                { "name": "feature", "enable": [ "ApprenantAgile.Deployment" ] },
                { "name": "settings", "SiteName": "Après la recette", "Badges": { "Issuer": "APP" } },
                { "name": "{{FailingStep.Name}}" }
            ] }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.StepIndex);
        Assert.Contains(FailingStep.FailureMessage, error.Message);
        Assert.Equal(before, await TenantDatabaseSnapshot.TakeAsync(_factory, tenant));
        Assert.Equal(featuresBefore, await RecipeRunner.EnabledFeaturesAsync(_factory, tenant));
        Assert.Equal("Centre avant", (await RecipeRunner.SiteSettingsAsync(_factory, tenant)).SiteName);
        Assert.DoesNotContain(PlatformFeatures.Deployment, (await _factory.TenantHost.GetOrActivateAsync(_factory.TenantHost.FindSettings(tenant)!)).EnabledFeatures);
    }

    /// <summary>Runs <see cref="WritingSteps"/> then one faulty step on a seeded tenant; returns the single error and whether the database is unchanged.</summary>
    private async Task<(RecipeError Error, bool Unchanged)> RunFaultyAsync(DatabaseProvider provider, string faultyStep)
    {
        var tenant = await CreateSeededTenantAsync(provider);
        var before = await TenantDatabaseSnapshot.TakeAsync(_factory, tenant);

        var result = await RecipeRunner.RunAsync(_factory, tenant, $$"""
            { "name": "faulty", "steps": [ {{WritingSteps}}, {{faultyStep}} ] }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(RecipeRunner.Source, error.Source);
        return (error, before == await TenantDatabaseSnapshot.TakeAsync(_factory, tenant));
    }

    /// <summary>A running centre whose database already contains features and site settings, so that a stray write shows.</summary>
    private async Task<string> CreateSeededTenantAsync(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("recette");
        await _factory.CreateRunningTenantAsync(tenant, provider);
        var seeded = await RecipeRunner.RunAsync(_factory, tenant, """
            { "name": "seed", "steps": [
                { "name": "feature", "enable": [ "ApprenantAgile.ContentTypes" ] },
                { "name": "settings", "SiteName": "Centre avant", "Culture": "fr-FR" }
            ] }
            """);
        Assert.Empty(seeded.Errors);
        return tenant;
    }
}
