using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>Filters the registered activity kinds by the features of the tenant and creates them from the scope.</summary>
public sealed class ActivityLibrary(
    IEnumerable<ActivityRegistration> registrations,
    FeatureCatalogue catalogue,
    ITenantAccessor tenantAccessor,
    IServiceProvider services) : IActivityLibrary
{
    private readonly Dictionary<string, ActivityRegistration> _byName =
        registrations.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IReadOnlyList<ActivityRegistration> ListAvailable() =>
        _byName.Values
            .Where(r => IsEnabled(r, tenantAccessor.Current.EnabledFeatures))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    public IActivity? Create(string name, JsonObject properties, IReadOnlySet<string>? enabledFeatures = null)
    {
        if (!_byName.TryGetValue(name, out var registration)
            || !IsEnabled(registration, enabledFeatures ?? tenantAccessor.Current.EnabledFeatures))
        {
            return null;
        }

        var activity = (IActivity)services.GetRequiredService(registration.Type);
        activity.Properties = properties;
        return activity;
    }

    private bool IsEnabled(ActivityRegistration registration, IReadOnlySet<string> enabledFeatures) =>
        enabledFeatures.Contains(catalogue.FeatureIdOf(registration.Type));
}
