namespace ApprenantAgile.Platform.Modules;

/// <summary>A module startup together with the feature its endpoints belong to.</summary>
public sealed record ModuleStartupEntry(ModuleStartup Instance, string FeatureId);

/// <summary>The startups of all module assemblies, created once and ordered by <see cref="ModuleStartup.Order"/>.</summary>
public sealed class ModuleStartups(IReadOnlyList<ModuleStartupEntry> entries) : IEnumerable<ModuleStartupEntry>
{
    public static ModuleStartups Create(FeatureCatalogue catalogue)
    {
        var entries = catalogue.ModuleAssemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(ModuleStartup)))
            .Select(t => new ModuleStartupEntry((ModuleStartup)Activator.CreateInstance(t)!, catalogue.FeatureIdOf(t)))
            .OrderBy(e => e.Instance.Order)
            .ThenBy(e => e.Instance.GetType().FullName, StringComparer.Ordinal)
            .ToList();
        return new ModuleStartups(entries);
    }

    public IEnumerator<ModuleStartupEntry> GetEnumerator() => entries.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
