using System.Globalization;
using System.Reflection;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// A PO file to load: its name (used in logs), its culture and a way to open it.
/// </summary>
public sealed record PoResource(string Name, CultureInfo Culture, Func<Stream> Open)
{
    /// <summary>
    /// Lists the embedded resources of <paramref name="assembly"/> whose name ends with
    /// <c>.{culture}.po</c>, such as <c>ApprenantAgile.Badges.Localization.Badges.fr.po</c>.
    /// Resources ending in <c>.po</c> without a known culture before it are returned in
    /// <paramref name="ignoredNames"/>.
    /// </summary>
    public static IReadOnlyList<PoResource> FromAssembly(Assembly assembly, ICollection<string> ignoredNames)
    {
        var resources = new List<PoResource>();

        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.EndsWith(".po", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!TryGetCulture(name, out var culture))
            {
                ignoredNames.Add(name);
                continue;
            }

            var resourceName = name;
            resources.Add(new PoResource(
                $"{assembly.GetName().Name}:{resourceName}",
                culture,
                () => assembly.GetManifestResourceStream(resourceName)
                    ?? throw new FileNotFoundException($"Embedded resource '{resourceName}' is listed but could not be opened.", resourceName)));
        }

        return resources;
    }

    /// <summary>
    /// Lists the PO files that MSBuild moved into satellite assemblies of <paramref name="assembly"/>.
    /// An <c>EmbeddedResource</c> named <c>Name.fr.po</c> is treated by the SDK as culture-specific
    /// unless it has <c>WithCulture="false"</c>: it is compiled into <c>fr/Assembly.resources.dll</c>
    /// under the name <c>Name.po</c>, so the satellite's culture is the file's culture.
    /// </summary>
    /// <remarks>
    /// NOTE: only the satellites of <paramref name="cultures"/> are probed, because .NET offers no
    /// API that lists the satellites of an assembly.
    /// </remarks>
    public static IReadOnlyList<PoResource> FromSatelliteAssemblies(Assembly assembly, IEnumerable<CultureInfo> cultures)
    {
        var resources = new List<PoResource>();

        foreach (var culture in cultures.Distinct())
        {
            Assembly satellite;
            try
            {
                satellite = assembly.GetSatelliteAssembly(culture);
            }
            catch (IOException)
            {
                // No satellite for this culture: FileNotFoundException, or FileLoadException for a bad file.
                continue;
            }

            foreach (var name in satellite.GetManifestResourceNames())
            {
                if (!name.EndsWith(".po", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var resourceName = name;
                resources.Add(new PoResource(
                    $"{assembly.GetName().Name}:{culture.Name}/{resourceName}",
                    culture,
                    () => satellite.GetManifestResourceStream(resourceName)
                        ?? throw new FileNotFoundException($"Satellite resource '{resourceName}' ({culture.Name}) is listed but could not be opened.", resourceName)));
            }
        }

        return resources;
    }

    /// <summary>Reads the culture from a name such as <c>Tenants.fr.po</c> or <c>Tenants.fr-FR.po</c>.</summary>
    public static bool TryGetCulture(string fileName, out CultureInfo culture)
    {
        culture = CultureInfo.InvariantCulture;
        var withoutExtension = fileName[..^".po".Length];
        var lastDot = withoutExtension.LastIndexOf('.');
        if (lastDot < 0)
        {
            return false;
        }

        var cultureName = withoutExtension[(lastDot + 1)..];
        try
        {
            culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
            return !culture.Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
