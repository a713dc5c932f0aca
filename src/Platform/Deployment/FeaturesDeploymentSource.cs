using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Recipes.Steps;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>
/// Exports the tenant's enabled features as a "feature" step. Always-enabled features are left
/// out: every tenant has them.
/// </summary>
[Feature(PlatformFeatures.Deployment)]
public sealed class FeaturesDeploymentSource(TenantFeatureManager features, FeatureCatalogue catalogue) : IDeploymentSource
{
    /// <summary>First, so that the handlers of the later steps are enabled when those steps run.</summary>
    public int Order => 0;

    public async Task ExportAsync(IList<JsonObject> steps, CancellationToken cancellationToken)
    {
        var alwaysEnabled = catalogue.WithDependencies(catalogue.AlwaysEnabled.Select(f => f.Id));
        var enabled = (await features.GetEnabledAsync(cancellationToken))
            .Where(id => !alwaysEnabled.Contains(id))
            .Order(StringComparer.Ordinal)
            .Select(id => (JsonNode?)JsonValue.Create(id));

        steps.Add(new JsonObject
        {
            ["name"] = FeatureStep.Name,
            ["enable"] = new JsonArray(enabled.ToArray()),
        });
    }
}
