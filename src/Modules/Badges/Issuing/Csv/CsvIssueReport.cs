namespace ApprenantAgile.Badges.Issuing.Csv;

/// <summary>A problem of one CSV line (0 for the whole file), with a message in the current UI culture.</summary>
public sealed record CsvRowError(int LineNumber, string Message);

/// <summary>The outcome of a CSV bulk issue: rows issued now, rows issued by an earlier import, and rejected rows.</summary>
public sealed class CsvIssueReport
{
    public int Issued { get; set; }

    public int AlreadyIssued { get; set; }

    public List<CsvRowError> Errors { get; } = [];

    public bool HasErrors => Errors.Count > 0;
}
