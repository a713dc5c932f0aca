using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// The "BadgeCatalogueSync" recipe step of the centre recipe: copies the national catalogue into
/// the centre being set up. When the national site has no catalogue yet, setup goes on and staff
/// synchronise later from the admin. <code>{ "name": "BadgeCatalogueSync" }</code>
/// </summary>
public sealed class BadgeCatalogueSyncStep(CatalogueSynchronizer synchronizer) : IRecipeStepHandler
{
    public const string Name = "BadgeCatalogueSync";

    public string StepName => Name;

    public Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        await synchronizer.SynchronizeAsync(cancellationToken);
}
