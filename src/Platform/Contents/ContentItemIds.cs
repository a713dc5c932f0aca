using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ApprenantAgile.Platform.Contents;

/// <summary>
/// Ids of items and versions: 26 characters of lowercase Crockford base32 from 128 random bits,
/// the length and alphabet Orchard uses, so they are URL-safe and unique without coordination.
/// </summary>
public static partial class ContentItemIds
{
    public const int GeneratedLength = 26;

    /// <summary>Longest id accepted from recipes and imports (the column size).</summary>
    public const int MaxLength = 64;

    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);

        var value = new UInt128(
            BitConverter.ToUInt64(bytes[..8]),
            BitConverter.ToUInt64(bytes[8..]));

        // 26 characters of 5 bits cover 130 bits; the two highest are always zero.
        Span<char> chars = stackalloc char[GeneratedLength];
        for (var i = GeneratedLength - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }

    /// <summary>Accepts generated ids and imported ones made of letters, digits, '-' and '_' (at most 64).</summary>
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
