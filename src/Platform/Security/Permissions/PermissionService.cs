using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>
/// Reads the permissions that the registered <see cref="IPermissionProvider"/> services declare.
/// A provider belongs to the feature of its class (its [Feature] attribute, else its module).
/// Register a provider with <c>services.AddScoped&lt;IPermissionProvider, MyPermissions&gt;()</c>.
/// </summary>
public sealed class PermissionService(
    IEnumerable<IPermissionProvider> providers,
    FeatureCatalogue catalogue,
    ITenantAccessor tenantAccessor)
{
    /// <summary>Returns the permissions of the features enabled on the current tenant, grouped by feature.</summary>
    public IReadOnlyList<FeaturePermissionGroup> GetEnabledPermissions() =>
        Group(providers.Where(p => tenantAccessor.Current.IsFeatureEnabled(catalogue.FeatureIdOf(p.GetType()))));

    /// <summary>Returns every declared permission, enabled or not: recipes may grant a permission before its feature is on.</summary>
    public IReadOnlyList<FeaturePermissionGroup> GetAllPermissions() => Group(providers);

    /// <summary>Returns the default grants of every provider, merged by role name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> GetDefaultStereotypes() => MergeStereotypes(providers);

    /// <summary>Returns the default grants of the providers that belong to <paramref name="featureIds"/>, merged by role name.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> GetDefaultStereotypes(IReadOnlySet<string> featureIds) =>
        MergeStereotypes(providers.Where(p => featureIds.Contains(catalogue.FeatureIdOf(p.GetType()))));

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> MergeStereotypes(IEnumerable<IPermissionProvider> selected)
    {
        var grants = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in selected)
        {
            foreach (var (roleName, permissions) in provider.GetDefaultStereotypes())
            {
                if (!grants.TryGetValue(roleName, out var names))
                {
                    names = new HashSet<string>(StringComparer.Ordinal);
                    grants[roleName] = names;
                }

                names.UnionWith(permissions.Select(p => p.Name));
            }
        }

        return grants.ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Value, StringComparer.OrdinalIgnoreCase);
    }

    private IReadOnlyList<FeaturePermissionGroup> Group(IEnumerable<IPermissionProvider> selected) =>
        selected
            .GroupBy(p => catalogue.FeatureIdOf(p.GetType()))
            .Select(g => new FeaturePermissionGroup(
                g.Key,
                catalogue.Find(g.Key)?.Name ?? g.Key,
                g.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).ToList()))
            .OrderBy(f => f.FeatureName, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
