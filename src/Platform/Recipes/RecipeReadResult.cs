namespace ApprenantAgile.Platform.Recipes;

/// <summary>A parsed recipe, or the errors that kept the file from being one.</summary>
public sealed record RecipeReadResult(RecipeDescriptor? Recipe, IReadOnlyList<RecipeError> Errors)
{
    public bool Succeeded => Recipe is not null && Errors.Count == 0;
}
