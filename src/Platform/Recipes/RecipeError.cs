namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// A problem found in a recipe: the file, the zero-based step index (null for the recipe itself),
/// the property path, and a localized message for the user.
/// </summary>
public sealed record RecipeError(string Source, int? StepIndex, string? Property, string Message)
{
    public override string ToString() =>
        $"{Source}{(StepIndex is null ? "" : $" [step {StepIndex}]")}{(Property is null ? "" : $" {Property}")}: {Message}";
}
