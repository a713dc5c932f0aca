using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// Finds module assemblies: the entry assembly's references, followed recursively, and the project
/// references listed in its deps.json file, that carry a <see cref="ModuleAttribute"/>. Referencing
/// a module project from the host is all it takes.
/// </summary>
public static class ModuleAssemblyLoader
{
    public static IReadOnlyList<Assembly> Discover(Assembly entryAssembly)
    {
        var found = new List<Assembly>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>();
        pending.Push(entryAssembly);

        // The compiler keeps a reference in the assembly's metadata only when the code uses one of
        // its types, and a host rarely uses a module's types, so the deps.json project list is read too.
        foreach (var project in ProjectReferencesOf(entryAssembly))
        {
            if (seen.Add(project.FullName))
            {
                pending.Push(Assembly.Load(project));
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

    private static IEnumerable<AssemblyName> ProjectReferencesOf(Assembly entryAssembly)
    {
        var context = DependencyContext.Load(entryAssembly);
        if (context is null)
        {
            return [];
        }

        return context.RuntimeLibraries
            .Where(library => library.Type == "project")
            .SelectMany(library => library.GetDefaultAssemblyNames(context));
    }

    private static bool IsFrameworkAssembly(string? name) =>
        name is null
        || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name == "netstandard"
        || name == "mscorlib";
}
