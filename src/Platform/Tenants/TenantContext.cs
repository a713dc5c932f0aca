using System.Collections.Frozen;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// An activated tenant: its settings and the features enabled on it. Immutable; a change of
/// settings or features replaces the context (see <see cref="TenantHost.ReleaseAsync"/>).
/// </summary>
public sealed class TenantContext
{
    public TenantContext(TenantSettings settings, IEnumerable<string> enabledFeatures)
    {
        Settings = settings;
        EnabledFeatures = enabledFeatures.ToFrozenSet(StringComparer.Ordinal);
    }

    public TenantSettings Settings { get; }

    public string Name => Settings.Name;

    public IReadOnlySet<string> EnabledFeatures { get; }

    public DateTime ActivatedUtc { get; } = DateTime.UtcNow;

    public bool IsFeatureEnabled(string featureId) => EnabledFeatures.Contains(featureId);
}
