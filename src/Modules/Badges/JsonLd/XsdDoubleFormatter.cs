using System.Globalization;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Formats a double in the canonical lexical form JSON-LD uses for xsd:double. The mantissa has one
/// digit before the point and at least one after, rounded to 16 significant digits without trailing
/// zeros. "E" and the exponent follow, without "+" or leading zeros (1.1 → "1.1E0", 1e21 → "1.0E21").
/// </summary>
internal static class XsdDoubleFormatter
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }

        // "E15" gives d.ddddddddddddddde+XXX with 16 significant digits, correctly rounded.
        var formatted = value.ToString("E15", CultureInfo.InvariantCulture);
        var exponentStart = formatted.IndexOf('E');
        var mantissa = formatted[..exponentStart].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }

        var exponent = int.Parse(formatted[(exponentStart + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
