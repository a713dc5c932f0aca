namespace ApprenantAgile.Badges.Issuing.Csv;

/// <summary>One record of a CSV file: its fields and the 1-based line on which it starts.</summary>
public sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);
