using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>One step of a running (or validating) recipe, with variables and parameters already substituted.</summary>
public sealed class RecipeStepContext
{
    public required RecipeDescriptor Recipe { get; init; }

    public required int StepIndex { get; init; }

    public required string StepName { get; init; }

    public required JsonObject Step { get; init; }

    public required IServiceProvider Services { get; init; }

    /// <summary>
    /// State shared by the steps of one validation pass, so that a later step can rely on what an
    /// earlier one declares (for example a content type defined before its items are imported).
    /// </summary>
    public required IDictionary<string, object> Shared { get; init; }

    /// <summary>Builds an error pointing at this step and property.</summary>
    public RecipeError Error(string? property, string message) => new(Recipe.Source, StepIndex, property, message);
}
