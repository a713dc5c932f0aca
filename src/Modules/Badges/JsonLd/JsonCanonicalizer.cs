using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// JSON Canonicalization Scheme (RFC 8785), used for the lexical form of rdf:JSON literals: object
/// members sorted by UTF-16 code units, no whitespace, ECMAScript number formatting, minimal string escapes.
/// </summary>
internal static class JsonCanonicalizer
{
    public static string Serialize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    /// <summary>Reads a JSON number whether the node was parsed or built from any .NET numeric type.</summary>
    public static double ReadNumber(JsonNode value)
    {
        if (value is JsonValue jsonValue && jsonValue.TryGetValue<double>(out var number))
        {
            return number;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static void Append(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                var keys = obj.Select(entry => entry.Key).ToArray();
                Array.Sort(keys, StringComparer.Ordinal);
                builder.Append('{');
                for (var i = 0; i < keys.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    AppendString(builder, keys[i]);
                    builder.Append(':');
                    Append(builder, obj[keys[i]]);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, array[i]);
                }

                builder.Append(']');
                break;
            default:
                switch (node.GetValueKind())
                {
                    case JsonValueKind.String:
                        AppendString(builder, node.GetValue<string>());
                        break;
                    case JsonValueKind.Number:
                        builder.Append(FormatNumber(ReadNumber(node)));
                        break;
                    case JsonValueKind.True:
                        builder.Append("true");
                        break;
                    case JsonValueKind.False:
                        builder.Append("false");
                        break;
                    default:
                        builder.Append("null");
                        break;
                }

                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Formats a number as ECMAScript Number.prototype.toString does (RFC 8785 section 3.2.2.3).</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidValueObjectValue,
                $"The number {value} cannot be written as JSON; JSON literals must hold finite numbers.");
        }

        if (value == 0)
        {
            return "0";
        }

        var sign = value < 0 ? "-" : string.Empty;
        // "R" gives the shortest digits that round-trip, as ECMAScript requires; split them into
        // the digit string and the decimal exponent n of the ECMAScript algorithm.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, pointPosition) = SplitDigits(shortest);
        var k = digits.Length;
        var n = pointPosition;

        string result;
        if (k <= n && n <= 21)
        {
            result = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            result = "0." + new string('0', -n) + digits;
        }
        else
        {
            var exponent = n - 1;
            var exponentText = (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
            result = k == 1 ? digits + "e" + exponentText : digits[..1] + "." + digits[1..] + "e" + exponentText;
        }

        return sign + result;
    }

    /// <summary>Returns the significant digits without leading or trailing zeros and the position of the decimal point relative to them.</summary>
    private static (string Digits, int PointPosition) SplitDigits(string shortest)
    {
        var exponent = 0;
        var e = shortest.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            shortest = shortest[..e];
        }

        var point = shortest.IndexOf('.');
        var integerPart = point < 0 ? shortest : shortest[..point];
        var fractionPart = point < 0 ? string.Empty : shortest[(point + 1)..];
        var all = integerPart + fractionPart;
        var pointPosition = integerPart.Length + exponent;

        var leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        all = all[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;
        return (all.Length == 0 ? "0" : all, pointPosition);
    }
}
