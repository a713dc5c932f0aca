namespace ApprenantAgile.Platform.Localization;

/// <summary>A malformed line in a PO file, with its 1-based line number.</summary>
public sealed record PoParseError(string SourceName, int LineNumber, string Message)
{
    public override string ToString() => $"{SourceName}({LineNumber}): {Message}";
}
