namespace ApprenantAgile.Platform.Recipes;

/// <summary>The outcome of a recipe run: empty errors means every step was applied.</summary>
public sealed record RecipeResult(IReadOnlyList<RecipeError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Runs a recipe on the current tenant: substitutes variables and parameters, validates every
/// step, then executes them all in one database transaction. Any error leaves the tenant unchanged.
/// </summary>
public interface IRecipeExecutor
{
    Task<RecipeResult> ExecuteAsync(
        RecipeDescriptor recipe,
        IReadOnlyDictionary<string, string> parameters,
        CancellationToken cancellationToken = default);
}
