using System.Reflection;

namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// Finds module assemblies: the entry assembly's references, followed recursively, that carry a
/// <see cref="ModuleAttribute"/>. Referencing a module project from the host is all it takes.
/// </summary>
public static class ModuleAssemblyLoader
{
    public static IReadOnlyList<Assembly> Discover(Assembly entryAssembly)
    {
        var found = new List<Assembly>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>();
        pending.Push(entryAssembly);

        while (pending.TryPop(out var assembly))
        {
            if (assembly.GetCustomAttribute<ModuleAttribute>() is not null)
            {
                found.Add(assembly);
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (IsFrameworkAssembly(reference.Name) || !seen.Add(reference.FullName))
                {
                    continue;
                }

                pending.Push(Assembly.Load(reference));
            }
        }

        return found.OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
    }

    private static bool IsFrameworkAssembly(string? name) =>
        name is null
        || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name == "netstandard"
        || name == "mscorlib";
}
