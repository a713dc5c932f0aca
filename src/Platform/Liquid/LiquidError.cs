namespace ApprenantAgile.Platform.Liquid;

/// <summary>A Liquid syntax error with its 1-based line and column (0 when Fluid gives no position).</summary>
public sealed record LiquidError(string Message, int Line, int Column)
{
    public override string ToString() => $"Liquid syntax error at line {Line}, column {Column}: {Message}";
}
