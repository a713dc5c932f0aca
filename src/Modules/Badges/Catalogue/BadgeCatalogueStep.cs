using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Recipes;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// The "BadgeCatalogue" recipe step: imports the national catalogue's families, levels and badges
/// into the current tenant. The catalogue is either inline in the step, or in the BadgeCatalogue
/// step of another shipped recipe, so that one file stays the source of truth:
/// <code>{ "name": "BadgeCatalogue", "recipe": "catalogue-national" }</code>
/// </summary>
public sealed class BadgeCatalogueStep(
    CatalogueRecipeReader reader,
    CatalogueImporter importer,
    IRecipeHarvester harvester,
    IStringLocalizer<BadgeCatalogueStep> S) : IRecipeStepHandler
{
    public const string Name = "BadgeCatalogue";

    private const string RecipeProperty = "recipe";

    public string StepName => Name;

    public async Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        var body = await ResolveBodyAsync(context, errors, cancellationToken);
        if (body is null)
        {
            return;
        }

        var catalogueErrors = new List<CatalogueError>();
        reader.Read(body, catalogueErrors);
        foreach (var error in catalogueErrors)
        {
            errors.Add(context.Error(error.Property, error.Message));
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var body = await ResolveBodyAsync(context, errors, cancellationToken)
            ?? throw new InvalidOperationException($"Recipe step '{Name}' could not read its catalogue: {string.Join("; ", errors)}");

        var catalogueErrors = new List<CatalogueError>();
        var catalogue = reader.Read(body, catalogueErrors)
            ?? throw new InvalidOperationException($"Recipe step '{Name}' has an invalid catalogue: {string.Join("; ", catalogueErrors.Select(e => $"{e.Property}: {e.Message}"))}");

        await importer.ImportAsync(catalogue, cancellationToken);
    }

    /// <summary>Returns the step itself, or the BadgeCatalogue step of the recipe that "recipe" names.</summary>
    private async Task<JsonObject?> ResolveBodyAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        if (context.Step[RecipeProperty] is null)
        {
            return context.Step;
        }

        if (context.Step[RecipeProperty] is not JsonValue value || !value.TryGetValue<string>(out var recipeName) || string.IsNullOrWhiteSpace(recipeName))
        {
            errors.Add(context.Error(RecipeProperty, S["\"recipe\" must be the name of a shipped recipe, for example \"catalogue-national\"."]));
            return null;
        }

        var recipe = await harvester.FindAsync(recipeName, cancellationToken);
        if (recipe is null)
        {
            errors.Add(context.Error(RecipeProperty, S["The recipe \"{0}\" was not found. Check its name in the recipes folder.", recipeName]));
            return null;
        }

        var step = recipe.Steps.OfType<JsonObject>().FirstOrDefault(s =>
            string.Equals(s["name"]?.GetValue<string>(), Name, StringComparison.OrdinalIgnoreCase) && s[RecipeProperty] is null);
        if (step is null)
        {
            errors.Add(context.Error(RecipeProperty, S["The recipe \"{0}\" has no \"{1}\" step with a catalogue.", recipeName, Name]));
        }

        return step;
    }
}
