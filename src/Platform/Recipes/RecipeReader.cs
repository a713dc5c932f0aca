using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// Parses recipe JSON (Orchard's format) into a <see cref="RecipeDescriptor"/>. It checks the
/// recipe's shape only: every step is an object with a "name"; what a step contains is checked by
/// its handler. It reports every problem it finds, not only the first.
/// </summary>
public sealed class RecipeReader(IStringLocalizer<RecipeReader> localizer)
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public async Task<RecipeReadResult> ReadAsync(Stream json, string source, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(json, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return Read(text, source);
    }

    public RecipeReadResult Read(string json, string source)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            // JsonException numbers lines and bytes from zero; editors number them from one.
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            return Failed(new RecipeError(source, null, null,
                localizer["The recipe is not valid JSON at line {0}, byte {1} of the line. Correct the JSON syntax there and try again.", line, position]));
        }

        if (root is not JsonObject recipe)
        {
            return Failed(new RecipeError(source, null, null,
                localizer["The recipe must be a JSON object with \"name\" and \"steps\" properties."]));
        }

        var errors = new List<RecipeError>();
        var name = ReadString(recipe, "name", source, errors, required: true);
        var steps = ReadSteps(recipe, source, errors);
        var variables = ReadObject(recipe, "variables", source, errors);
        var descriptor = new RecipeDescriptor
        {
            Name = name ?? "",
            DisplayName = ReadString(recipe, "displayName", source, errors) ?? "",
            Description = ReadString(recipe, "description", source, errors) ?? "",
            Author = ReadString(recipe, "author", source, errors) ?? "",
            Version = ReadString(recipe, "version", source, errors) ?? "",
            IsSetupRecipe = ReadBoolean(recipe, "issetuprecipe", source, errors),
            Variables = variables ?? [],
            Steps = steps ?? [],
            Source = source,
        };

        return errors.Count == 0 ? new RecipeReadResult(descriptor, []) : new RecipeReadResult(null, errors);
    }

    private JsonArray? ReadSteps(JsonObject recipe, string source, List<RecipeError> errors)
    {
        if (!recipe.TryGetPropertyValue("steps", out var node) || node is null)
        {
            errors.Add(new RecipeError(source, null, "steps",
                localizer["The recipe has no \"steps\" property. Add \"steps\": [ … ] with at least the steps to run, or an empty array."]));
            return null;
        }

        if (node is not JsonArray steps)
        {
            errors.Add(new RecipeError(source, null, "steps",
                localizer["The property \"steps\" must be an array of step objects, but it is {0}.", DescribeKind(node)]));
            return null;
        }

        // Detached so that each step can be given to the executor without its parent.
        var detached = new JsonArray();
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            if (step is not JsonObject stepObject)
            {
                errors.Add(new RecipeError(source, index, null,
                    localizer["Each step must be a JSON object with a \"name\" property, but this one is {0}.", DescribeKind(step)]));
                detached.Add(null);
                continue;
            }

            if (!stepObject.TryGetPropertyValue("name", out var stepName)
                || stepName is not JsonValue value
                || !value.TryGetValue<string>(out var text)
                || string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new RecipeError(source, index, "name",
                    localizer["The step has no \"name\" string. Add the name of the step to run, for example \"feature\" or \"settings\"."]));
            }

            detached.Add(stepObject.DeepClone());
        }

        return detached;
    }

    private string? ReadString(JsonObject recipe, string property, string source, List<RecipeError> errors, bool required = false)
    {
        if (!recipe.TryGetPropertyValue(property, out var node) || node is null)
        {
            if (required)
            {
                errors.Add(new RecipeError(source, null, property,
                    localizer["The recipe has no \"{0}\" property. Add it as a JSON string.", property]));
            }

            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            if (required && string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new RecipeError(source, null, property,
                    localizer["The recipe property \"{0}\" is empty. Give it a value.", property]));
            }

            return text;
        }

        errors.Add(new RecipeError(source, null, property,
            localizer["The recipe property \"{0}\" must be a JSON string, but it is {1}.", property, DescribeKind(node)]));
        return null;
    }

    private bool ReadBoolean(JsonObject recipe, string property, string source, List<RecipeError> errors)
    {
        if (!recipe.TryGetPropertyValue(property, out var node) || node is null)
        {
            return false;
        }

        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        errors.Add(new RecipeError(source, null, property,
            localizer["The recipe property \"{0}\" must be true or false, but it is {1}.", property, DescribeKind(node)]));
        return false;
    }

    private JsonObject? ReadObject(JsonObject recipe, string property, string source, List<RecipeError> errors)
    {
        if (!recipe.TryGetPropertyValue(property, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonObject value)
        {
            return (JsonObject)value.DeepClone();
        }

        errors.Add(new RecipeError(source, null, property,
            localizer["The recipe property \"{0}\" must be a JSON object, but it is {1}.", property, DescribeKind(node)]));
        return null;
    }

    private string DescribeKind(JsonNode? node) => RecipeJsonKinds.Describe(node, localizer);

    private static RecipeReadResult Failed(RecipeError error) => new(null, [error]);
}
