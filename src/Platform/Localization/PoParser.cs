using System.Text;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// Reads gettext PO files: <c>msgctxt</c>, <c>msgid</c>, <c>msgid_plural</c>, <c>msgstr</c>,
/// <c>msgstr[n]</c>, strings continued on following lines, the escapes <c>\" \\ \n \t \r</c>
/// and <c>#</c> comments. A malformed entry is skipped and reported in
/// <see cref="PoParseResult.Errors"/>, so bad content does not throw (only the reader can).
/// </summary>
/// <remarks>
/// The header entry (empty <c>msgid</c>) and entries whose translations are all empty are left out,
/// because gettext treats an empty <c>msgstr</c> as "not translated".
/// </remarks>
public static class PoParser
{
    public static PoParseResult Parse(string content, string sourceName)
    {
        using var reader = new StringReader(content);
        return Parse(reader, sourceName);
    }

    public static PoParseResult Parse(TextReader reader, string sourceName)
    {
        var state = new PoParserState(sourceName);
        var lineNumber = 0;

        while (reader.ReadLine() is { } rawLine)
        {
            lineNumber++;
            state.ReadLine(rawLine.Trim(), lineNumber);
        }

        state.FlushEntry();
        return new PoParseResult(state.Entries, state.Errors);
    }

    /// <summary>
    /// Reads a quoted PO string such as <c>"a \"b\"\n"</c>. Returns false with an error message when
    /// the quotes are missing or an escape sequence is unknown.
    /// </summary>
    internal static bool TryReadQuoted(string text, out string value, out string error)
    {
        value = string.Empty;
        error = string.Empty;

        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            error = $"expected a string between double quotes, found '{text}'";
            return false;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                error = $"unescaped double quote at column {i + 1} of '{text}'; write it as \\\"";
                return false;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= text.Length - 1)
            {
                error = $"backslash at the end of '{text}' escapes nothing; write it as \\\\";
                return false;
            }

            i++;
            switch (text[i])
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                default:
                    error = $"unknown escape sequence '\\{text[i]}' in '{text}'; use \\\" \\\\ \\n \\t or \\r";
                    return false;
            }
        }

        value = builder.ToString();
        return true;
    }
}
