namespace ApprenantAgile.Badges.Rdf;

/// <summary>
/// Orders strings by Unicode code point, as RDFC-1.0 requires. Ordinal comparison of UTF-16 code
/// units differs only when a surrogate (a code point above U+FFFF) meets a character from U+E000 to U+FFFF.
/// </summary>
public sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    private CodePointComparer()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var mismatch = x.AsSpan().CommonPrefixLength(y);
        if (mismatch == x.Length || mismatch == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        return SortKey(x[mismatch]).CompareTo(SortKey(y[mismatch]));
    }

    // Moves U+E000..U+FFFF below the surrogates and the surrogates to the top of the range,
    // so that code units compare in code point order.
    private static int SortKey(char c)
    {
        if (c >= 0xE000)
        {
            return c - 0x800;
        }

        return char.IsSurrogate(c) ? c + 0x2000 : c;
    }
}
