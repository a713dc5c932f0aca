namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// On an assembly, declares an extra feature of the module (with <see cref="Name"/> set).
/// On a class, binds that class (controller, startup, migration, navigation provider, recipe step,
/// activity) to a feature, so that it is unavailable on tenants where the feature is disabled.
/// Classes without this attribute belong to their module's main feature.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = true)]
public sealed class FeatureAttribute : Attribute
{
    public FeatureAttribute()
    {
    }

    public FeatureAttribute(string id)
    {
        Id = id;
    }

    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public string Category { get; init; } = "";

    public string[] Dependencies { get; init; } = [];

    public bool IsAlwaysEnabled { get; init; }

    /// <summary>Only the national ("Default") tenant may enable this feature.</summary>
    public bool DefaultTenantOnly { get; init; }
}
