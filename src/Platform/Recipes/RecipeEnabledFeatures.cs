namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// The features that will be enabled at the current step of a recipe: those of the tenant when
/// the recipe starts, plus what earlier "feature" steps enable, minus what they disable. Kept in
/// <see cref="RecipeStepContext.Shared"/>, so that a step can use a handler whose feature an
/// earlier step of the same recipe enables.
/// </summary>
public sealed class RecipeEnabledFeatures(IEnumerable<string> initial)
{
    public const string SharedKey = "ApprenantAgile.Recipes.EnabledFeatures";

    private readonly HashSet<string> _features = new(initial, StringComparer.Ordinal);

    public IReadOnlySet<string> Features => _features;

    public bool Contains(string featureId) => _features.Contains(featureId);

    public void Enable(IEnumerable<string> featureIds) => _features.UnionWith(featureIds);

    public void Disable(IEnumerable<string> featureIds) => _features.ExceptWith(featureIds);

    /// <summary>Returns the tracker of a validation pass; the executor adds it before the first step.</summary>
    public static RecipeEnabledFeatures Of(RecipeStepContext context) =>
        context.Shared.TryGetValue(SharedKey, out var value) && value is RecipeEnabledFeatures features
            ? features
            : throw new InvalidOperationException(
                $"The recipe step context has no '{SharedKey}' entry. Run steps through the recipe executor.");
}
