using System.Globalization;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Conditions;

/// <summary>
/// Parses the condition language of IfElseTask. It has comparisons (==, !=, &lt;, &gt;, &lt;=, &gt;=,
/// contains), and/or/not (also &amp;&amp;, ||, !), parentheses, literals (numbers, quoted strings,
/// true, false, null) and paths under Input, Properties, Output, LastResult and Workflow. There
/// are no calls and no member access beyond JSON keys, so a condition cannot reach .NET.
/// </summary>
/// <example><c>Input.Action == "approve" and not (Properties.Score &lt; 10)</c></example>
public sealed class ConditionParser
{
    public static readonly IReadOnlySet<string> Roots =
        new HashSet<string>(["Input", "Properties", "Output", "LastResult", "Workflow"], StringComparer.Ordinal);

    private static readonly HashSet<string> ComparisonOperators = ["==", "!=", "<", ">", "<=", ">=", "contains"];

    private readonly List<ConditionToken> _tokens;
    private int _index;

    private ConditionParser(string source)
    {
        _tokens = ConditionLexer.Tokenize(source);
    }

    /// <exception cref="ConditionSyntaxException">The condition is empty or invalid.</exception>
    public static ConditionNode Parse(string source)
    {
        var parser = new ConditionParser(source ?? "");
        if (parser.Current.Kind == ConditionTokenKind.End)
        {
            throw new ConditionSyntaxException("The condition is empty", 0);
        }

        var node = parser.ParseOr();
        if (parser.Current.Kind != ConditionTokenKind.End)
        {
            throw new ConditionSyntaxException($"Unexpected '{parser.Current.Text}'", parser.Current.Position);
        }

        return node;
    }

    private ConditionToken Current => _tokens[_index];

    private ConditionNode ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or", "||"))
        {
            left = new OrNode(left, ParseAnd());
        }

        return left;
    }

    private ConditionNode ParseAnd()
    {
        var left = ParseNot();
        while (Accept("and", "&&"))
        {
            left = new AndNode(left, ParseNot());
        }

        return left;
    }

    private ConditionNode ParseNot() =>
        Accept("not", "!") ? new NotNode(ParseNot()) : ParseComparison();

    private ConditionNode ParseComparison()
    {
        var left = ParseOperand();
        var token = Current;
        if ((token.Kind == ConditionTokenKind.Operator || token.Kind == ConditionTokenKind.Identifier)
            && ComparisonOperators.Contains(token.Text))
        {
            _index++;
            return new ComparisonNode(left, token.Text, ParseOperand());
        }

        return left;
    }

    private ConditionNode ParseOperand()
    {
        var token = Current;
        _index++;
        switch (token.Kind)
        {
            case ConditionTokenKind.OpenParenthesis:
                var inner = ParseOr();
                Expect(ConditionTokenKind.CloseParenthesis, ")");
                return inner;
            case ConditionTokenKind.Number:
                return decimal.TryParse(token.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? new LiteralNode(JsonValue.Create(number))
                    : throw new ConditionSyntaxException($"Invalid number '{token.Text}'", token.Position);
            case ConditionTokenKind.String:
                return new LiteralNode(JsonValue.Create(token.Text));
            case ConditionTokenKind.Identifier when token.Text is "true" or "false":
                return new LiteralNode(JsonValue.Create(token.Text == "true"));
            case ConditionTokenKind.Identifier when token.Text == "null":
                return new LiteralNode(null);
            case ConditionTokenKind.Identifier when Roots.Contains(token.Text):
                return new PathNode(token.Text, ParseSegments());
            case ConditionTokenKind.Identifier:
                throw new ConditionSyntaxException(
                    $"Unknown name '{token.Text}'; a value starts with {string.Join(", ", Roots)}, or is a literal", token.Position);
            case ConditionTokenKind.End:
                throw new ConditionSyntaxException("The condition ends where a value is expected", token.Position);
            default:
                throw new ConditionSyntaxException($"Unexpected '{token.Text}' where a value is expected", token.Position);
        }
    }

    private List<object> ParseSegments()
    {
        var segments = new List<object>();
        while (true)
        {
            if (Current.Kind == ConditionTokenKind.Dot)
            {
                _index++;
                var name = Current;
                Expect(ConditionTokenKind.Identifier, "a name");
                segments.Add(name.Text);
            }
            else if (Current.Kind == ConditionTokenKind.OpenBracket)
            {
                _index++;
                var key = Current;
                _index++;
                segments.Add(key.Kind switch
                {
                    ConditionTokenKind.Number when int.TryParse(key.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
                    ConditionTokenKind.String => key.Text,
                    _ => throw new ConditionSyntaxException("An index must be a non-negative integer or a quoted key", key.Position),
                });
                Expect(ConditionTokenKind.CloseBracket, "]");
            }
            else
            {
                return segments;
            }
        }
    }

    private bool Accept(string word, string symbol)
    {
        var token = Current;
        var matches = (token.Kind == ConditionTokenKind.Identifier && token.Text == word)
            || (token.Kind == ConditionTokenKind.Operator && token.Text == symbol);
        if (matches)
        {
            _index++;
        }

        return matches;
    }

    private void Expect(ConditionTokenKind kind, string description)
    {
        if (Current.Kind != kind)
        {
            throw new ConditionSyntaxException($"Expected {description} but found '{Current.Text}'", Current.Position);
        }

        _index++;
    }
}
