using ApprenantAgile.Platform.Modules;

namespace ApprenantAgile.Platform.Features;

/// <summary>One feature on the features page, with what the current tenant may do with it.</summary>
public sealed record FeatureEntry(FeatureInfo Feature, bool IsEnabled, bool CanChange);

/// <summary>The features page: features grouped by category, and the messages of the last change.</summary>
public sealed record FeaturesIndexViewModel(
    IReadOnlyList<IGrouping<string, FeatureEntry>> Categories,
    IReadOnlyList<string> Errors,
    string? Confirmation);
