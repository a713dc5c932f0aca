namespace ApprenantAgile.Badges.Assertions;

/// <summary>The admin CSV upload page and, after an upload, its report.</summary>
public sealed class CsvImportViewModel
{
    public Issuing.Csv.CsvIssueReport? Report { get; set; }
}
