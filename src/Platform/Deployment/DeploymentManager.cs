using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>
/// Exports the current tenant as a recipe built from every <see cref="IDeploymentSource"/> of an
/// enabled feature, and imports a recipe file through the recipe executor.
/// </summary>
public sealed class DeploymentManager(
    IEnumerable<IDeploymentSource> sources,
    FeatureCatalogue catalogue,
    TenantFeatureManager features,
    ITenantAccessor tenantAccessor,
    RecipeReader reader,
    IRecipeExecutor executor,
    TimeProvider clock)
{
    /// <summary>Version of the export format, written in the recipe's "version".</summary>
    public const string ExportVersion = "1.0";

    public async Task<JsonObject> ExportAsync(CancellationToken cancellationToken = default)
    {
        var tenant = tenantAccessor.Current.Name;
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var steps = new List<JsonObject>();

        foreach (var source in sources.Where(s => enabled.Contains(catalogue.FeatureIdOf(s.GetType()))).OrderBy(s => s.Order))
        {
            await source.ExportAsync(steps, cancellationToken);
        }

        var exported = clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["name"] = $"{tenant}-export",
            ["displayName"] = $"Export {tenant} {exported}",
            ["description"] = $"Features and settings of the tenant {tenant}, exported on {exported}.",
            ["author"] = "Apprenant Agile",
            ["version"] = ExportVersion,
            ["issetuprecipe"] = false,
            ["steps"] = new JsonArray(steps.Select(s => (JsonNode?)s).ToArray()),
        };
    }

    /// <summary>Reads and runs an uploaded recipe; any error leaves the tenant unchanged.</summary>
    public async Task<RecipeResult> ImportAsync(Stream recipeJson, string fileName, CancellationToken cancellationToken = default)
    {
        var read = await reader.ReadAsync(recipeJson, fileName, cancellationToken);
        if (!read.Succeeded)
        {
            return new RecipeResult(read.Errors);
        }

        return await executor.ExecuteAsync(read.Recipe!, new Dictionary<string, string>(), cancellationToken);
    }
}
