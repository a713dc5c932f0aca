using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Recipes.Steps;
using ApprenantAgile.Platform.Settings;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>Exports the tenant's <see cref="SiteSettings"/>, sections included, as a "settings" step.</summary>
[Feature(PlatformFeatures.Deployment)]
public sealed class SiteSettingsDeploymentSource(IDocumentStore documents) : IDeploymentSource
{
    /// <summary>After the features, as the theme and the settings sections belong to features.</summary>
    public int Order => 10;

    public async Task ExportAsync(IList<JsonObject> steps, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var step = new JsonObject
        {
            ["name"] = SettingsStep.Name,
            [nameof(SiteSettings.Culture)] = settings.Culture,
            [nameof(SiteSettings.TimeZone)] = settings.TimeZone,
            [nameof(SiteSettings.Theme)] = settings.Theme,
        };

        // An empty site name (a tenant never set up) would be rejected on import, so it is left out.
        if (settings.SiteName.Length > 0)
        {
            step[nameof(SiteSettings.SiteName)] = settings.SiteName;
        }

        if (settings.ContactEmail is not null)
        {
            step[nameof(SiteSettings.ContactEmail)] = settings.ContactEmail;
        }

        foreach (var (section, value) in settings.Properties)
        {
            step[section] = value?.DeepClone();
        }

        steps.Add(step);
    }
}
