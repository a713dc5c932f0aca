using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>Names the kind of a JSON value in recipe error messages ("a number", "an array", …).</summary>
public static class RecipeJsonKinds
{
    public static string Describe(JsonNode? node, IStringLocalizer localizer) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => localizer["null"],
        JsonValueKind.Object => localizer["an object"],
        JsonValueKind.Array => localizer["an array"],
        JsonValueKind.String => localizer["a string"],
        JsonValueKind.Number => localizer["a number"],
        JsonValueKind.True or JsonValueKind.False => localizer["a boolean"],
        _ => localizer["an unknown JSON value"],
    };
}
