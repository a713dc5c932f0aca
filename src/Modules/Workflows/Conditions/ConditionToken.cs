namespace ApprenantAgile.Workflows.Conditions;

internal enum ConditionTokenKind
{
    Identifier,
    Number,
    String,
    Operator,
    Dot,
    OpenParenthesis,
    CloseParenthesis,
    OpenBracket,
    CloseBracket,
    End,
}

/// <summary>A token of a condition, with its zero-based position in the source for error messages.</summary>
internal sealed record ConditionToken(ConditionTokenKind Kind, string Text, int Position);
