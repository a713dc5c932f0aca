using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// Finds the handler of a step by its name among the handlers whose feature is enabled at that
/// point of the recipe (see <see cref="RecipeEnabledFeatures"/>). Step names match ordinally
/// ignoring case, as in Orchard.
/// </summary>
public sealed class RecipeStepResolver(FeatureCatalogue catalogue, IStringLocalizer<RecipeStepResolver> localizer)
{
    public IRecipeStepHandler? Resolve(RecipeStepContext context, IEnumerable<IRecipeStepHandler> handlers, IList<RecipeError> errors)
    {
        var named = handlers
            .Where(h => string.Equals(h.StepName, context.StepName, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var enabled = RecipeEnabledFeatures.Of(context);
        var available = named.Where(h => enabled.Contains(catalogue.FeatureIdOf(h.GetType()))).ToList();

        if (available.Count == 1)
        {
            return available[0];
        }

        if (available.Count > 1)
        {
            // Two enabled features claiming one step name is a programming error, not a recipe error.
            throw new InvalidOperationException(
                $"Recipe step '{context.StepName}' has {available.Count} handlers ({string.Join(", ", available.Select(h => h.GetType().FullName))}). " +
                "Give each handler a distinct StepName.");
        }

        if (named.Count > 0)
        {
            var featureId = catalogue.FeatureIdOf(named[0].GetType());
            var featureName = catalogue.Find(featureId)?.Name ?? featureId;
            errors.Add(context.Error("name", localizer[
                "The step \"{0}\" needs the feature \"{1}\" ({2}), which is not enabled. Enable it in a \"feature\" step placed before this step.",
                context.StepName, featureName, featureId]));
            return null;
        }

        errors.Add(context.Error("name", localizer[
            "The step \"{0}\" is unknown. Correct the step name or remove the step.", context.StepName]));
        return null;
    }
}
