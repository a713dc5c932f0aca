namespace ApprenantAgile.Platform.Recipes;

/// <summary>Finds the recipes the host ships (the recipes/ folder and modules' embedded recipes).</summary>
public interface IRecipeHarvester
{
    Task<IReadOnlyList<RecipeDescriptor>> GetRecipesAsync(CancellationToken cancellationToken = default);

    Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken = default);
}
