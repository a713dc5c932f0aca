namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// Endpoint metadata naming the feature an endpoint belongs to. The feature gate answers 404 for
/// the endpoint on tenants where that feature is disabled.
/// </summary>
public sealed record FeatureMetadata(string FeatureId);
