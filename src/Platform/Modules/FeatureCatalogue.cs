using System.Collections.Frozen;
using System.Reflection;

namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// Every feature of every module the host references, built once at start-up from the modules'
/// <see cref="ModuleAttribute"/> and assembly-level <see cref="FeatureAttribute"/> declarations.
/// </summary>
public sealed class FeatureCatalogue
{
    private readonly FrozenDictionary<string, FeatureInfo> _features;

    public FeatureCatalogue(IEnumerable<Assembly> moduleAssemblies)
    {
        var features = new Dictionary<string, FeatureInfo>(StringComparer.Ordinal);
        var assemblies = new List<Assembly>();

        foreach (var assembly in moduleAssemblies.Distinct())
        {
            var module = assembly.GetCustomAttribute<ModuleAttribute>();
            if (module is null)
            {
                continue;
            }

            assemblies.Add(assembly);
            Add(features, new FeatureInfo(module.Id, module.Name, module.Description, module.Category,
                module.Dependencies, module.Id, assembly, module.IsTheme, module.IsAlwaysEnabled, false));

            foreach (var feature in assembly.GetCustomAttributes<FeatureAttribute>())
            {
                Add(features, new FeatureInfo(feature.Id, feature.Name, feature.Description,
                    feature.Category.Length > 0 ? feature.Category : module.Category,
                    feature.Dependencies, module.Id, assembly, module.IsTheme, feature.IsAlwaysEnabled,
                    feature.DefaultTenantOnly));
            }
        }

        foreach (var feature in features.Values)
        {
            foreach (var dependency in feature.Dependencies)
            {
                if (!features.ContainsKey(dependency))
                {
                    throw new InvalidOperationException(
                        $"Feature '{feature.Id}' depends on '{dependency}', which no referenced module declares. " +
                        "Reference the module that declares it from the host, or fix the dependency id.");
                }
            }
        }

        _features = features.ToFrozenDictionary(StringComparer.Ordinal);
        ModuleAssemblies = assemblies;
    }

    public IReadOnlyList<Assembly> ModuleAssemblies { get; }

    public IEnumerable<FeatureInfo> Features => _features.Values.OrderBy(f => f.Category).ThenBy(f => f.Name);

    public FeatureInfo? Find(string featureId) => _features.GetValueOrDefault(featureId);

    public IEnumerable<FeatureInfo> AlwaysEnabled => _features.Values.Where(f => f.IsAlwaysEnabled);

    /// <summary>Returns the feature a type belongs to: its [Feature] attribute, else its module's main feature.</summary>
    public string FeatureIdOf(Type type)
    {
        var attribute = type.GetCustomAttribute<FeatureAttribute>(inherit: false);
        if (attribute is not null && attribute.Id.Length > 0)
        {
            return attribute.Id;
        }

        var module = type.Assembly.GetCustomAttribute<ModuleAttribute>();
        return module?.Id ?? throw new InvalidOperationException(
            $"Type '{type.FullName}' is not in a module assembly and has no [Feature] attribute.");
    }

    /// <summary>Returns the features and, recursively, everything they depend on.</summary>
    public IReadOnlySet<string> WithDependencies(IEnumerable<string> featureIds)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(featureIds);

        while (pending.TryPop(out var id))
        {
            if (!result.Add(id))
            {
                continue;
            }

            var feature = _features.GetValueOrDefault(id)
                ?? throw new UnknownFeatureException(id);
            foreach (var dependency in feature.Dependencies)
            {
                pending.Push(dependency);
            }
        }

        return result;
    }

    /// <summary>Returns the enabled features that need <paramref name="featureId"/>, directly or not.</summary>
    public IReadOnlyList<string> DependentsOf(string featureId, IReadOnlySet<string> enabled)
    {
        return enabled
            .Where(id => id != featureId && _features.ContainsKey(id) && WithDependencies([id]).Contains(featureId))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Orders features so that each comes after the features it depends on.</summary>
    public IReadOnlyList<FeatureInfo> InDependencyOrder(IEnumerable<string> featureIds)
    {
        var ordered = new List<FeatureInfo>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string id)
        {
            if (!visited.Add(id) || !_features.TryGetValue(id, out var feature))
            {
                return;
            }

            foreach (var dependency in feature.Dependencies)
            {
                Visit(dependency);
            }

            ordered.Add(feature);
        }

        foreach (var id in featureIds.Order(StringComparer.Ordinal))
        {
            Visit(id);
        }

        return ordered;
    }

    private static void Add(Dictionary<string, FeatureInfo> features, FeatureInfo feature)
    {
        if (!features.TryAdd(feature.Id, feature))
        {
            throw new InvalidOperationException(
                $"Feature id '{feature.Id}' is declared twice (modules '{features[feature.Id].ModuleId}' and '{feature.ModuleId}').");
        }
    }
}
