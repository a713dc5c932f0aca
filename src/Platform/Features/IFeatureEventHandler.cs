namespace ApprenantAgile.Platform.Features;

/// <summary>Work to do on the current tenant when features are enabled, such as granting their default permissions.</summary>
public interface IFeatureEventHandler
{
    /// <summary>Runs after <paramref name="enabledFeatureIds"/> (the features that were off before) are enabled and their migrations ran.</summary>
    Task EnabledAsync(IReadOnlyList<string> enabledFeatureIds, CancellationToken cancellationToken);
}
