using System.Reflection;

namespace ApprenantAgile.Platform.Modules;

/// <summary>A feature as the catalogue knows it: what it is, which module ships it, what it needs.</summary>
public sealed record FeatureInfo(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    string ModuleId,
    Assembly Assembly,
    bool IsTheme,
    bool IsAlwaysEnabled,
    bool DefaultTenantOnly);
