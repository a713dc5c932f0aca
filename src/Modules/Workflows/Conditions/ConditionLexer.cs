using System.Text;

namespace ApprenantAgile.Workflows.Conditions;

/// <summary>Splits a condition into tokens: names, numbers, quoted strings, operators and brackets.</summary>
internal static class ConditionLexer
{
    private static readonly string[] SymbolOperators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!"];

    public static List<ConditionToken> Tokenize(string source)
    {
        var tokens = new List<ConditionToken>();
        var index = 0;
        while (index < source.Length)
        {
            var c = source[index];
            if (char.IsWhiteSpace(c))
            {
                index++;
                continue;
            }

            var start = index;
            if (char.IsLetter(c) || c == '_')
            {
                while (index < source.Length && (char.IsLetterOrDigit(source[index]) || source[index] == '_'))
                {
                    index++;
                }

                tokens.Add(new(ConditionTokenKind.Identifier, source[start..index], start));
            }
            else if (char.IsDigit(c) || (c == '-' && index + 1 < source.Length && char.IsDigit(source[index + 1])))
            {
                index++;
                while (index < source.Length && (char.IsDigit(source[index]) || source[index] == '.'))
                {
                    index++;
                }

                tokens.Add(new(ConditionTokenKind.Number, source[start..index], start));
            }
            else if (c is '"' or '\'')
            {
                tokens.Add(new(ConditionTokenKind.String, ReadString(source, ref index), start));
            }
            else if (SymbolOperators.FirstOrDefault(op => string.CompareOrdinal(source, index, op, 0, op.Length) == 0) is { } op)
            {
                index += op.Length;
                tokens.Add(new(ConditionTokenKind.Operator, op, start));
            }
            else
            {
                index++;
                tokens.Add(c switch
                {
                    '.' => new(ConditionTokenKind.Dot, ".", start),
                    '(' => new(ConditionTokenKind.OpenParenthesis, "(", start),
                    ')' => new(ConditionTokenKind.CloseParenthesis, ")", start),
                    '[' => new(ConditionTokenKind.OpenBracket, "[", start),
                    ']' => new(ConditionTokenKind.CloseBracket, "]", start),
                    _ => throw new ConditionSyntaxException($"Unexpected character '{c}'", start),
                });
            }
        }

        tokens.Add(new(ConditionTokenKind.End, "", source.Length));
        return tokens;
    }

    /// <summary>Reads a string quoted with ' or "; a backslash escapes the next character.</summary>
    private static string ReadString(string source, ref int index)
    {
        var quote = source[index];
        var start = index++;
        var text = new StringBuilder();
        while (index < source.Length && source[index] != quote)
        {
            if (source[index] == '\\' && index + 1 < source.Length)
            {
                index++;
            }

            text.Append(source[index++]);
        }

        if (index >= source.Length)
        {
            throw new ConditionSyntaxException("Unterminated string", start);
        }

        index++;
        return text.ToString();
    }
}
