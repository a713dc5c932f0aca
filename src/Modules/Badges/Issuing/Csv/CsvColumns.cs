using System.Globalization;
using System.Text;

namespace ApprenantAgile.Badges.Issuing.Csv;

/// <summary>The columns of a bulk-issue CSV file, found by header name (case, accents and spaces ignored).</summary>
public sealed class CsvColumns
{
    private static readonly string[] EmailNames = ["email", "e-mail", "courriel", "mail", "adresse e-mail", "adresse email"];
    private static readonly string[] NameNames = ["nom", "name", "nom complet", "apprenant"];
    private static readonly string[] BadgeNames = ["badge"];
    private static readonly string[] DateNames = ["date", "date de delivrance", "date d'obtention"];
    private static readonly string[] EvidenceNames = ["preuve", "preuves", "evidence"];
    private static readonly string[] NarrativeNames = ["narration", "narrative", "commentaire"];

    public int Email { get; private init; } = -1;

    public int Name { get; private init; } = -1;

    public int Badge { get; private init; } = -1;

    public int Date { get; private init; } = -1;

    public int Evidence { get; private init; } = -1;

    public int Narrative { get; private init; } = -1;

    public int Count { get; private init; }

    /// <summary>Names of the required columns (email, nom, badge, date) that the header lacks.</summary>
    public IEnumerable<string> MissingRequired()
    {
        if (Email < 0) yield return "email";
        if (Name < 0) yield return "nom";
        if (Badge < 0) yield return "badge";
        if (Date < 0) yield return "date";
    }

    public static CsvColumns FromHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalize).ToList();
        int Find(string[] candidates) => names.FindIndex(candidates.Contains);
        return new CsvColumns
        {
            Email = Find(EmailNames),
            Name = Find(NameNames),
            Badge = Find(BadgeNames),
            Date = Find(DateNames),
            Evidence = Find(EvidenceNames),
            Narrative = Find(NarrativeNames),
            Count = header.Count,
        };
    }

    private static string Normalize(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '’' ? '\'' : c);
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
