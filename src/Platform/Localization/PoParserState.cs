namespace ApprenantAgile.Platform.Localization;

/// <summary>Line-by-line state of <see cref="PoParser"/> while it reads one file.</summary>
internal sealed class PoParserState(string sourceName)
{
    private enum Field { None, Context, Id, PluralId, Translation }

    private string? _context;
    private string? _id;
    private string? _pluralId;
    private readonly SortedDictionary<int, string> _translations = new();
    private Field _lastField = Field.None;
    private int _lastTranslationIndex;
    private bool _entryIsInvalid;

    public List<PoEntry> Entries { get; } = new();

    public List<PoParseError> Errors { get; } = new();

    public void ReadLine(string line, int lineNumber)
    {
        if (line.Length == 0)
        {
            FlushEntry();
            return;
        }

        if (line[0] == '#')
        {
            // A comment after a msgstr starts the next entry.
            if (_lastField == Field.Translation)
            {
                FlushEntry();
            }

            return;
        }

        if (line[0] == '"')
        {
            AppendContinuation(line, lineNumber);
            return;
        }

        var separator = line.IndexOf(' ');
        if (separator < 0)
        {
            Reject(lineNumber, $"expected a keyword followed by a quoted string, found '{line}'");
            return;
        }

        var keyword = line[..separator];
        var quoted = line[(separator + 1)..].Trim();
        if (!PoParser.TryReadQuoted(quoted, out var value, out var error))
        {
            Reject(lineNumber, error);
            return;
        }

        ReadKeyword(keyword, value, line, lineNumber);
    }

    public void FlushEntry()
    {
        var isComplete = _id is not null && _translations.Count > 0;
        var hasTranslation = _translations.Values.Any(t => t.Length > 0);

        if (!_entryIsInvalid && isComplete && _id!.Length > 0 && hasTranslation)
        {
            var forms = _translations.Values.ToArray();
            Entries.Add(new PoEntry(_context, _id, _pluralId, forms));
        }

        _context = null;
        _id = null;
        _pluralId = null;
        _translations.Clear();
        _lastField = Field.None;
        _entryIsInvalid = false;
    }

    private void ReadKeyword(string keyword, string value, string line, int lineNumber)
    {
        // msgctxt or msgid after a msgstr starts the next entry, even without a blank line.
        if ((keyword == "msgctxt" || keyword == "msgid") && _lastField == Field.Translation)
        {
            FlushEntry();
        }

        switch (keyword)
        {
            case "msgctxt":
                _context = value;
                _lastField = Field.Context;
                return;
            case "msgid":
                _id = value;
                _lastField = Field.Id;
                return;
            case "msgid_plural":
                _pluralId = value;
                _lastField = Field.PluralId;
                return;
            case "msgstr":
                AddTranslation(0, value, lineNumber);
                return;
        }

        if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']')
            && int.TryParse(keyword.AsSpan(7, keyword.Length - 8), out var index) && index is >= 0 and < 10)
        {
            AddTranslation(index, value, lineNumber);
            return;
        }

        Reject(lineNumber, $"unknown keyword '{keyword}' in '{line}'; expected msgctxt, msgid, msgid_plural, msgstr or msgstr[n]");
    }

    private void AddTranslation(int index, string value, int lineNumber)
    {
        if (_id is null)
        {
            // After a malformed msgid, its msgstr belongs to the same skipped entry.
            if (!_entryIsInvalid)
            {
                Reject(lineNumber, "msgstr without a preceding msgid");
            }

            _lastField = Field.Translation;
            return;
        }

        _translations[index] = value;
        _lastTranslationIndex = index;
        _lastField = Field.Translation;
    }

    private void AppendContinuation(string line, int lineNumber)
    {
        if (!PoParser.TryReadQuoted(line, out var value, out var error))
        {
            Reject(lineNumber, error);
            return;
        }

        switch (_lastField)
        {
            case Field.Context: _context += value; break;
            case Field.Id: _id += value; break;
            case Field.PluralId: _pluralId += value; break;
            case Field.Translation: _translations[_lastTranslationIndex] += value; break;
            default:
                Reject(lineNumber, "continuation string without a preceding msgctxt, msgid or msgstr");
                break;
        }
    }

    /// <summary>Marks the current entry as skipped. Only its first error is reported.</summary>
    private void Reject(int lineNumber, string message)
    {
        if (!_entryIsInvalid)
        {
            Errors.Add(new PoParseError(sourceName, lineNumber, message));
        }

        _entryIsInvalid = true;
    }
}
