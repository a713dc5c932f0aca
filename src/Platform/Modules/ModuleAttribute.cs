namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// Declares an assembly as a module. The module's main feature has the module's id, so a module
/// with a single feature needs nothing more than this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ModuleAttribute : Attribute
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string Category { get; init; } = "";

    /// <summary>Feature ids that the main feature needs.</summary>
    public string[] Dependencies { get; init; } = [];

    /// <summary>A theme module provides layouts and templates rather than behaviour.</summary>
    public bool IsTheme { get; init; }

    /// <summary>The main feature cannot be disabled (platform essentials).</summary>
    public bool IsAlwaysEnabled { get; init; }
}
