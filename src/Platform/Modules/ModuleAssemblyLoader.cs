using System.Reflection;
using Microsoft.Extensions.DependencyModel;

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
        seen.Add(entryAssembly.FullName!);

        // The compiler drops references to assemblies whose types the host never uses (a theme module
        // has none), so the project references recorded in the host's .deps.json are followed too.
        foreach (var project in DependencyContext.Load(entryAssembly)?.RuntimeLibraries.Where(l => l.Type == "project") ?? [])
        {
            var assembly = Assembly.Load(new AssemblyName(project.Name));
            if (seen.Add(assembly.FullName!))
            {
                pending.Push(assembly);
            }
        }

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
