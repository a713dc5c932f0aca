using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>A recipe as read from its JSON file, close to Orchard's format.</summary>
public sealed class RecipeDescriptor
{
    public required string Name { get; init; }

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public string Author { get; init; } = "";

    public string Version { get; init; } = "";

    public bool IsSetupRecipe { get; init; }

    /// <summary>Values the steps refer to with [js:variables('name')].</summary>
    public JsonObject Variables { get; init; } = [];

    public JsonArray Steps { get; init; } = [];

    /// <summary>Where the recipe came from (file path or upload name), quoted in error messages.</summary>
    public string Source { get; init; } = "";
}
