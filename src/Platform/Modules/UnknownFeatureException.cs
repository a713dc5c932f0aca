namespace ApprenantAgile.Platform.Modules;

/// <summary>Raised when a feature id is not in the catalogue (a typo in a recipe or a removed module).</summary>
public sealed class UnknownFeatureException(string featureId)
    : Exception($"Feature '{featureId}' is not declared by any module of this host.")
{
    public string FeatureId { get; } = featureId;
}
