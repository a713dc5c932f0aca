using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Recipes;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>
/// Reads typed properties of a recipe step's JSON and reports a missing or ill-typed property as a
/// <see cref="RecipeError"/> naming its path, for example "ContentTypes[0].Settings.Creatable".
/// </summary>
internal sealed class RecipeJson(RecipeStepContext step, IList<RecipeError> errors, IStringLocalizer localizer)
{
    public IList<RecipeError> Errors => errors;

    public void Error(string path, string message) => errors.Add(step.Error(path, message));

    public string? String(JsonObject owner, string property, string path, bool required)
    {
        var node = owner[property];
        if (node is null)
        {
            if (required)
            {
                Error(Join(path, property), localizer["The property is missing. Add a string value."]);
            }

            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            Error(Join(path, property), localizer["The property must be a string, not {0}.", node.GetValueKind()]);
            return null;
        }

        return node.GetValue<string>();
    }

    public bool? Boolean(JsonObject owner, string property, string path)
    {
        var node = owner[property];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(Join(path, property), localizer["The property must be true or false, not {0}.", node.GetValueKind()]);
            return null;
        }

        return node.GetValue<bool>();
    }

    public int? Integer(JsonObject owner, string property, string path)
    {
        var node = owner[property];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var value))
        {
            Error(Join(path, property), localizer["The property must be a whole number, not {0}.", node.ToJsonString()]);
            return null;
        }

        return value;
    }

    public DateTime? Date(JsonObject owner, string property, string path)
    {
        var text = String(owner, property, path, required: false);
        if (text is null)
        {
            return null;
        }

        if (!DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
        {
            Error(Join(path, property), localizer["The property must be an ISO 8601 date such as 2025-03-31T08:00:00Z, not \"{0}\".", text]);
            return null;
        }

        return date;
    }

    public JsonObject? Object(JsonObject owner, string property, string path, bool required = false) =>
        Container<JsonObject>(owner, property, path, required, JsonValueKind.Object);

    public JsonArray? Array(JsonObject owner, string property, string path, bool required = false) =>
        Container<JsonArray>(owner, property, path, required, JsonValueKind.Array);

    /// <summary>Returns the array's objects with their paths, reporting items that are not objects.</summary>
    public IEnumerable<(JsonObject Item, string Path)> Objects(JsonArray array, string path)
    {
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (array[i] is JsonObject item)
            {
                yield return (item, itemPath);
            }
            else
            {
                Error(itemPath, localizer["Each entry must be a JSON object."]);
            }
        }
    }

    public static string Join(string path, string property) => path.Length == 0 ? property : path + "." + property;

    private T? Container<T>(JsonObject owner, string property, string path, bool required, JsonValueKind kind) where T : JsonNode
    {
        var node = owner[property];
        if (node is null)
        {
            if (required)
            {
                Error(Join(path, property), kind == JsonValueKind.Array
                    ? localizer["The property is missing. Add an array."]
                    : localizer["The property is missing. Add an object."]);
            }

            return null;
        }

        if (node is not T value)
        {
            Error(Join(path, property), kind == JsonValueKind.Array
                ? localizer["The property must be an array, not {0}.", node.GetValueKind()]
                : localizer["The property must be an object, not {0}.", node.GetValueKind()]);
            return null;
        }

        return value;
    }
}
