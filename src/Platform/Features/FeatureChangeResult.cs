namespace ApprenantAgile.Platform.Features;

/// <summary>The outcome of enabling or disabling features: the errors are localized, ready for the user.</summary>
public sealed record FeatureChangeResult(IReadOnlyList<string> Errors)
{
    public static readonly FeatureChangeResult Success = new([]);

    public bool Succeeded => Errors.Count == 0;
}
