namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// Handles the recipe steps of one name ("feature", "ContentDefinition", …). Validation runs for
/// every step before any step executes, so a handler must report all it can find without writing.
/// A handler belongs to its module's feature and is unknown to recipes where that feature is off.
/// </summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken);

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
