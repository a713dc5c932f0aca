using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// Finds the recipes the host ships: the *.json files under the Recipes folder of the content root
/// and of the application's base directory (the Web project copies the repository's recipes/ there),
/// then the embedded resources ending in ".recipe.json" of every module assembly. A file that is not
/// a valid recipe is logged and skipped; when two recipes share a name, the first one found wins.
/// </summary>
public sealed class RecipeHarvester(
    RecipeReader reader,
    FeatureCatalogue catalogue,
    IHostEnvironment environment,
    ILogger<RecipeHarvester> logger) : IRecipeHarvester
{
    public const string FolderName = "Recipes";
    public const string EmbeddedSuffix = ".recipe.json";

    public async Task<IReadOnlyList<RecipeDescriptor>> GetRecipesAsync(CancellationToken cancellationToken = default)
    {
        var recipes = new List<RecipeDescriptor>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var file in RecipeFiles())
        {
            await using var stream = File.OpenRead(file);
            Add(await reader.ReadAsync(stream, file, cancellationToken), recipes, names);
        }

        foreach (var assembly in catalogue.ModuleAssemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(EmbeddedSuffix, StringComparison.OrdinalIgnoreCase)))
            {
                await using var stream = assembly.GetManifestResourceStream(resource)!;
                Add(await reader.ReadAsync(stream, $"{assembly.GetName().Name}:{resource}", cancellationToken), recipes, names);
            }
        }

        return recipes;
    }

    public async Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var recipes = await GetRecipesAsync(cancellationToken);
        return recipes.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<string> RecipeFiles()
    {
        var folders = new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(root => Path.GetFullPath(Path.Combine(root, FolderName)))
            .Distinct(StringComparer.Ordinal)
            .Where(Directory.Exists);

        return folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    private void Add(RecipeReadResult result, List<RecipeDescriptor> recipes, HashSet<string> names)
    {
        if (!result.Succeeded)
        {
            logger.LogWarning("Skipping a shipped recipe that is not valid: {Errors}", result.Errors.Select(e => e.ToString()));
            return;
        }

        var recipe = result.Recipe!;
        if (!names.Add(recipe.Name))
        {
            logger.LogWarning("Recipe {Recipe} in {Source} is skipped: a recipe of that name was found first elsewhere", recipe.Name, recipe.Source);
            return;
        }

        recipes.Add(recipe);
    }
}
