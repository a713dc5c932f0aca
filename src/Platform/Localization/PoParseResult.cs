namespace ApprenantAgile.Platform.Localization;

/// <summary>Entries read from one PO file, and the malformed lines skipped while reading it.</summary>
public sealed record PoParseResult(IReadOnlyList<PoEntry> Entries, IReadOnlyList<PoParseError> Errors);
