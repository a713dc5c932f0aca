using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Expressions;

/// <summary>
/// Turns JSON values into the dictionaries, lists and scalars that the Liquid sandbox reads, so
/// templates see the instance's data and never a .NET object.
/// </summary>
public static class JsonLiquidValues
{
    public static object? ToLiquid(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToLiquid(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(ToLiquid).ToList(),
        JsonValue value => ScalarOf(value),
        _ => null,
    };

    private static object? ScalarOf(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
