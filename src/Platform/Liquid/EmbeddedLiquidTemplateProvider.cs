using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Reads templates embedded in theme assemblies. A resource whose name ends with
/// <c>Views.&lt;Name&gt;.liquid</c> (such as <c>ApprenantAgile.AgileTheme.Views.Layout.liquid</c>)
/// is the template <c>&lt;Name&gt;</c>; names are case-insensitive. When two assemblies embed the
/// same name, the one listed first wins and a warning is logged, so the host lists themes before
/// modules and a theme can replace a module's template.
/// </summary>
public sealed class EmbeddedLiquidTemplateProvider : ILiquidTemplateProvider
{
    /// <summary>Order of the embedded templates in the provider chain: after tenant overrides and other providers.</summary>
    public const int DefaultOrder = 1000;

    private const string Marker = "Views.";
    private const string Extension = ".liquid";

    private readonly FrozenDictionary<string, (Assembly Assembly, string ResourceName)> _resources;

    public EmbeddedLiquidTemplateProvider(IEnumerable<Assembly> themeAssemblies, ILogger<EmbeddedLiquidTemplateProvider> logger)
    {
        var resources = new Dictionary<string, (Assembly, string)>(StringComparer.OrdinalIgnoreCase);

        foreach (var assembly in themeAssemblies.Distinct())
        {
            foreach (var resourceName in assembly.GetManifestResourceNames())
            {
                if (!TryGetTemplateName(resourceName, out var templateName))
                {
                    continue;
                }

                if (!resources.TryAdd(templateName, (assembly, resourceName)))
                {
                    logger.LogWarning(
                        "Liquid template {TemplateName} is embedded in both {FirstResource} and {IgnoredResource} ({Assembly}); the first one is used",
                        templateName, resources[templateName].Item2, resourceName, assembly.GetName().Name);
                }
            }
        }

        _resources = resources.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public int Order => DefaultOrder;

    public IEnumerable<string> TemplateNames => _resources.Keys;

    /// <summary>Every embedded template with the assembly it comes from, sorted by name.</summary>
    public IReadOnlyList<LiquidTemplateDescriptor> Templates =>
        _resources
            .Select(entry => new LiquidTemplateDescriptor(entry.Key, entry.Value.Assembly))
            .OrderBy(descriptor => descriptor.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();

    public async ValueTask<string?> GetTemplateSourceAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!_resources.TryGetValue(name, out var resource))
        {
            return null;
        }

        await using var stream = resource.Assembly.GetManifestResourceStream(resource.ResourceName)
            ?? throw new FileNotFoundException(
                $"Embedded Liquid template '{resource.ResourceName}' is listed by assembly '{resource.Assembly.GetName().Name}' but could not be opened.",
                resource.ResourceName);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>
    /// Reads "Layout" from "ApprenantAgile.AgileTheme.Views.Layout.liquid", and "Badges.Detail" from a
    /// template in a Views/Badges folder ("...Views.Badges.Detail.liquid").
    /// </summary>
    public static bool TryGetTemplateName(string resourceName, out string templateName)
    {
        templateName = string.Empty;
        if (!resourceName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var withoutExtension = resourceName[..^Extension.Length];
        var markerIndex = withoutExtension.LastIndexOf(Marker, StringComparison.Ordinal);
        var isMarkerAtSegmentStart = markerIndex == 0 || markerIndex > 0 && withoutExtension[markerIndex - 1] == '.';
        if (markerIndex < 0 || !isMarkerAtSegmentStart)
        {
            return false;
        }

        templateName = withoutExtension[(markerIndex + Marker.Length)..];
        return templateName.Length > 0;
    }
}
