using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Conditions;

/// <summary>
/// Evaluates a parsed condition against JSON values. A missing path is null. Numbers compare as
/// numbers, and a string that parses as an invariant number compares numerically with a number.
/// Other values compare as ordinal strings. A bare value is true unless it is false, null, "" or 0.
/// </summary>
public static class ConditionEvaluator
{
    public static bool Evaluate(ConditionNode node, IReadOnlyDictionary<string, JsonNode?> roots) =>
        IsTruthy(Value(node, roots));

    private static JsonNode? Value(ConditionNode node, IReadOnlyDictionary<string, JsonNode?> roots) => node switch
    {
        LiteralNode literal => literal.Value,
        PathNode path => Resolve(path, roots),
        ComparisonNode comparison => JsonValue.Create(Compare(Value(comparison.Left, roots), comparison.Operator, Value(comparison.Right, roots))),
        AndNode and => JsonValue.Create(Evaluate(and.Left, roots) && Evaluate(and.Right, roots)),
        OrNode or => JsonValue.Create(Evaluate(or.Left, roots) || Evaluate(or.Right, roots)),
        NotNode not => JsonValue.Create(!Evaluate(not.Operand, roots)),
        _ => throw new InvalidOperationException($"Condition node '{node.GetType().Name}' has no evaluation rule."),
    };

    private static JsonNode? Resolve(PathNode path, IReadOnlyDictionary<string, JsonNode?> roots)
    {
        var current = roots.GetValueOrDefault(path.Root);
        foreach (var segment in path.Segments)
        {
            current = (current, segment) switch
            {
                (JsonObject obj, string key) => obj[key],
                (JsonArray array, int index) when index < array.Count => array[index],
                _ => null,
            };
        }

        return current;
    }

    private static bool Compare(JsonNode? left, string op, JsonNode? right)
    {
        if (op == "contains")
        {
            return Contains(left, right);
        }

        if (op is "==" or "!=")
        {
            var equal = AreEqual(left, right);
            return op == "==" ? equal : !equal;
        }

        if (left is null || right is null)
        {
            return false;
        }

        var order = TryNumber(left, out var a) && TryNumber(right, out var b)
            ? a.CompareTo(b)
            : string.CompareOrdinal(TextOf(left), TextOf(right));
        return op switch
        {
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            ">=" => order >= 0,
            _ => throw new InvalidOperationException($"Comparison operator '{op}' has no evaluation rule."),
        };
    }

    private static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (TryNumber(left, out var a) && TryNumber(right, out var b))
        {
            return a == b;
        }

        return left is JsonValue && right is JsonValue
            ? TextOf(left) == TextOf(right)
            : JsonNode.DeepEquals(left, right);
    }

    private static bool Contains(JsonNode? container, JsonNode? item) => container switch
    {
        JsonArray array => array.Any(element => AreEqual(element, item)),
        JsonObject obj => item is JsonValue key && obj.ContainsKey(TextOf(key)),
        JsonValue text when item is not null => TextOf(text).Contains(TextOf(item), StringComparison.Ordinal),
        _ => false,
    };

    private static bool TryNumber(JsonNode node, out decimal number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        // ToJsonString works for values parsed from JSON and for values created from any CLR number type.
        return value.GetValueKind() switch
        {
            JsonValueKind.Number => decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            JsonValueKind.String => decimal.TryParse(value.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    private static string TextOf(JsonNode node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node.ToJsonString();

    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.False => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length > 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => !TryNumber(value, out var n) || n != 0,
        _ => true,
    };
}
