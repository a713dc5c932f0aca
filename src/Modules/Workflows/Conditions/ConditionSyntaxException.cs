namespace ApprenantAgile.Workflows.Conditions;

/// <summary>A condition that could not be parsed. <see cref="Position"/> is zero-based in the source.</summary>
public sealed class ConditionSyntaxException(string message, int position)
    : Exception($"{message} (position {position + 1})")
{
    public string Reason { get; } = message;

    public int Position { get; } = position;
}
