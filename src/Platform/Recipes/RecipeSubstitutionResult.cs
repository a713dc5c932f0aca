using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>The recipe's steps with every expression replaced, or the errors found while replacing them.</summary>
public sealed record RecipeSubstitutionResult(IReadOnlyList<JsonObject> Steps, IReadOnlyList<RecipeError> Errors);
