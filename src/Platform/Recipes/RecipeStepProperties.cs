using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>Reads typed properties of a step and reports an ill-typed one as an error on that property.</summary>
public static class RecipeStepProperties
{
    /// <summary>Reads an optional array of strings; returns false (with an error) when it is present but ill-typed.</summary>
    public static bool TryReadStringArray(
        RecipeStepContext context, string property, IList<RecipeError> errors, IStringLocalizer localizer, out IReadOnlyList<string> values)
    {
        values = [];
        if (!context.Step.TryGetPropertyValue(property, out var node) || node is null)
        {
            return true;
        }

        if (node is not JsonArray array)
        {
            errors.Add(context.Error(property, localizer[
                "The property \"{0}\" must be an array of strings, but it is {1}.", property, RecipeJsonKinds.Describe(node, localizer)]));
            return false;
        }

        var list = new List<string>(array.Count);
        var valid = true;
        for (var index = 0; index < array.Count; index++)
        {
            if (array[index] is JsonValue item && item.TryGetValue<string>(out var text))
            {
                list.Add(text);
                continue;
            }

            errors.Add(context.Error($"{property}[{index}]", localizer[
                "The item must be a string, but it is {0}.", RecipeJsonKinds.Describe(array[index], localizer)]));
            valid = false;
        }

        values = list;
        return valid;
    }

    /// <summary>Reads an optional string; returns false (with an error) when it is present but not a string.</summary>
    public static bool TryReadString(
        RecipeStepContext context, string property, IList<RecipeError> errors, IStringLocalizer localizer, out string? value)
    {
        value = null;
        if (!context.Step.TryGetPropertyValue(property, out var node) || node is null)
        {
            return true;
        }

        if (node is JsonValue item && item.TryGetValue<string>(out var text))
        {
            value = text;
            return true;
        }

        errors.Add(context.Error(property, localizer[
            "The property \"{0}\" must be a string, but it is {1}.", property, RecipeJsonKinds.Describe(node, localizer)]));
        return false;
    }
}
