using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>The export and import page, with the outcome of an import when one was just posted.</summary>
public sealed class DeploymentIndexViewModel
{
    public required long MaxImportBytes { get; init; }

    /// <summary>Name of the file just imported, or null when the page is shown without an import.</summary>
    public string? ImportedFileName { get; init; }

    public IReadOnlyList<RecipeError> Errors { get; init; } = [];

    public bool ImportSucceeded => ImportedFileName is not null && Errors.Count == 0;
}
