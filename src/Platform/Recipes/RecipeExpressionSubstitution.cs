using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// Replaces Orchard's recipe expressions in string values, without a JavaScript engine. Three
/// expressions are supported: <c>[js:parameters('Name')]</c> (a value the caller passes),
/// <c>[js:variables('name')]</c> (a value of the recipe's "variables", which may itself use
/// parameters, other variables and uuid) and <c>[js:uuid()]</c> (a new 32-digit hexadecimal id).
/// A string made of one expression takes the expression's JSON value, so a variable can hold a
/// number or an object; an expression inside a longer string is replaced by its text.
/// </summary>
public sealed partial class RecipeExpressionSubstitution(IStringLocalizer<RecipeExpressionSubstitution> localizer)
{
    public RecipeSubstitutionResult Apply(RecipeDescriptor recipe, IReadOnlyDictionary<string, string> parameters)
    {
        var run = new Run(recipe, parameters, localizer);
        var steps = new List<JsonObject>(recipe.Steps.Count);

        // Every variable is evaluated once, even if no step uses it, so that a typo in one is reported.
        foreach (var (name, _) in recipe.Variables)
        {
            run.ResolveVariable(name, new Location(null, "variables." + name));
        }

        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var step = recipe.Steps[index] as JsonObject ?? [];
            steps.Add((JsonObject)run.Substitute(step, new Location(index, ""))!);
        }

        return new RecipeSubstitutionResult(steps, run.Errors);
    }

    [GeneratedRegex(@"\[js:(?<body>[^\]]*)\]")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^\s*(?<function>[A-Za-z]+)\(\s*(?:'(?<argument>[^']*)'|""(?<argument>[^""]*)"")?\s*\)\s*$")]
    private static partial Regex CallPattern();

    /// <summary>Where a string value sits: its step (null for the variables) and its property path in that step.</summary>
    private readonly record struct Location(int? StepIndex, string Path)
    {
        public Location Property(string name) => new(StepIndex, Path.Length == 0 ? name : $"{Path}.{name}");

        public Location Item(int index) => new(StepIndex, $"{Path}[{index}]");
    }

    /// <summary>The state of one substitution: the parameters, the variables evaluated so far and the errors.</summary>
    private sealed class Run(
        RecipeDescriptor recipe,
        IReadOnlyDictionary<string, string> parameters,
        IStringLocalizer localizer)
    {
        private readonly Dictionary<string, JsonNode?> _resolved = new(StringComparer.Ordinal);
        private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
        private readonly List<string> _resolving = [];

        public List<RecipeError> Errors { get; } = [];

        public JsonNode? Substitute(JsonNode? node, Location location)
        {
            switch (node)
            {
                case JsonObject source:
                    var target = new JsonObject();
                    foreach (var (key, value) in source)
                    {
                        target[key] = Substitute(value, location.Property(key));
                    }

                    return target;

                case JsonArray array:
                    var items = new JsonArray();
                    for (var index = 0; index < array.Count; index++)
                    {
                        items.Add(Substitute(array[index], location.Item(index)));
                    }

                    return items;

                case JsonValue value when value.TryGetValue<string>(out var text):
                    return SubstituteString(text, location);

                default:
                    return node?.DeepClone();
            }
        }

        public JsonNode? ResolveVariable(string name, Location usedAt)
        {
            if (_resolved.TryGetValue(name, out var cached))
            {
                return cached?.DeepClone();
            }

            if (_failed.Contains(name))
            {
                return null;
            }

            if (!recipe.Variables.TryGetPropertyValue(name, out var definition))
            {
                AddError(usedAt, localizer["The variable \"{0}\" is not defined. Add it to the recipe's \"variables\" or correct the name.", name]);
                return null;
            }

            if (_resolving.Contains(name, StringComparer.Ordinal))
            {
                var chain = string.Join(" → ", _resolving.Append(name));
                AddError(usedAt, localizer["The variable \"{0}\" refers to itself ({1}). Break the cycle in the recipe's \"variables\".", name, chain]);
                _failed.Add(name);
                return null;
            }

            _resolving.Add(name);
            var errorsBefore = Errors.Count;
            var value = Substitute(definition, new Location(null, "variables." + name));
            _resolving.RemoveAt(_resolving.Count - 1);

            if (Errors.Count > errorsBefore)
            {
                _failed.Add(name);
                return null;
            }

            _resolved[name] = value;
            return value?.DeepClone();
        }

        private JsonNode? SubstituteString(string text, Location location)
        {
            var matches = ExpressionPattern().Matches(text);
            if (matches.Count == 0)
            {
                return JsonValue.Create(text);
            }

            // A string that is exactly one expression keeps the expression's JSON type.
            if (matches.Count == 1 && matches[0].Length == text.Length)
            {
                return Evaluate(matches[0], location);
            }

            var builder = new StringBuilder(text.Length);
            var copied = 0;
            foreach (Match match in matches)
            {
                builder.Append(text, copied, match.Index - copied);
                builder.Append(AsText(Evaluate(match, location)));
                copied = match.Index + match.Length;
            }

            builder.Append(text, copied, text.Length - copied);
            return JsonValue.Create(builder.ToString());
        }

        private JsonNode? Evaluate(Match expression, Location location)
        {
            var call = CallPattern().Match(expression.Groups["body"].Value);
            var function = call.Groups["function"].Value;
            var argument = call.Groups["argument"];

            switch (function)
            {
                case "parameters" when call.Success && argument.Success:
                    if (parameters.TryGetValue(argument.Value, out var parameter))
                    {
                        return JsonValue.Create(parameter);
                    }

                    AddError(location, localizer["The parameter \"{0}\" is not defined. Pass a value for it when running the recipe, or correct the name.", argument.Value]);
                    return null;

                case "variables" when call.Success && argument.Success:
                    return ResolveVariable(argument.Value, location);

                case "uuid" when call.Success && !argument.Success:
                    return JsonValue.Create(Guid.NewGuid().ToString("N"));

                default:
                    AddError(location, localizer["The expression \"{0}\" is not supported. Use [js:parameters('Name')], [js:variables('name')] or [js:uuid()].", expression.Value]);
                    return null;
            }
        }

        private static string AsText(JsonNode? node) => node switch
        {
            null => "",
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => node.ToJsonString(),
        };

        private void AddError(Location location, string message) =>
            Errors.Add(new RecipeError(recipe.Source, location.StepIndex, location.Path.Length == 0 ? null : location.Path, message));
    }
}
