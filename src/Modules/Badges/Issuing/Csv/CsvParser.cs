using System.Text;

namespace ApprenantAgile.Badges.Issuing.Csv;

/// <summary>
/// Reads RFC 4180 CSV text (double-quoted fields may hold the separator, quotes and line breaks)
/// with ';' or ',' as separator, the one the header line uses most outside quotes. Blank lines are skipped.
/// </summary>
public static class CsvParser
{
    /// <summary>Decodes UTF-8 with or without a byte order mark; returns null when the bytes are not valid UTF-8.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    public static IReadOnlyList<CsvRecord> Parse(string text, char separator)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var recordHasContent = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == '"')
            {
                quoted = true;
                recordHasContent = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                recordHasContent = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                recordHasContent |= !char.IsWhiteSpace(c);
            }
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            if (recordHasContent || field.Length > 0 && field.ToString().Trim().Length > 0)
            {
                fields.Add(field.ToString());
                records.Add(new CsvRecord(recordLine, fields.ToList()));
            }

            fields.Clear();
            field.Clear();
            recordHasContent = false;
        }
    }
}
