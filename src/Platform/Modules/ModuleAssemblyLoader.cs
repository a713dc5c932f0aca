using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// Finds module assemblies: the host's project references that carry a <see cref="ModuleAttribute"/>.
/// Referencing a module project from the host is all it takes. The compiler drops references to
/// assemblies whose types the host never names, so the host's deps.json (its project libraries) is
/// the main source, with the assembly references as a fallback when no deps.json is found.
/// </summary>
public static class ModuleAssemblyLoader
{
    public static IReadOnlyList<Assembly> Discover(Assembly hostAssembly)
    {
        var candidates = new Dictionary<string, Assembly>(StringComparer.Ordinal);

        foreach (var name in ProjectLibraryNames(hostAssembly))
        {
            TryAdd(candidates, new AssemblyName(name));
        }

        var pending = new Stack<Assembly>([hostAssembly]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var assembly))
        {
            candidates.TryAdd(assembly.GetName().Name!, assembly);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (!IsFrameworkAssembly(reference.Name) && seen.Add(reference.FullName) && TryAdd(candidates, reference) is { } loaded)
                {
                    pending.Push(loaded);
                }
            }
        }

        return candidates.Values
            .Where(a => a.GetCustomAttribute<ModuleAttribute>() is not null)
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> ProjectLibraryNames(Assembly hostAssembly)
    {
        var context = DependencyContext.Load(hostAssembly);
        if (context is null)
        {
            return [];
        }

        return context.RuntimeLibraries
            .Where(library => library.Type == "project")
            .Select(library => library.Name);
    }

    private static Assembly? TryAdd(Dictionary<string, Assembly> candidates, AssemblyName name)
    {
        if (candidates.TryGetValue(name.Name!, out var existing))
        {
            return existing;
        }

        try
        {
            var assembly = Assembly.Load(name);
            candidates[name.Name!] = assembly;
            return assembly;
        }
        catch (FileNotFoundException)
        {
            // A deps.json entry without a file (for example a test-only project): not a module.
            return null;
        }
    }

    private static bool IsFrameworkAssembly(string? name) =>
        name is null
        || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name == "netstandard"
        || name == "mscorlib";
}
