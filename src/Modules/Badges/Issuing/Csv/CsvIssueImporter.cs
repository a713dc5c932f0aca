using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Issuing.Csv;

/// <summary>
/// Issues one badge per row of a CSV file (columns email, nom, badge as slug or id, date as
/// dd/mm/yyyy, and optionally preuve and narration) on the current tenant. Good rows are issued even
/// when others are rejected; each rejected row is reported with its line number. A row's source key
/// is a hash of tenant, badge, normalised e-mail and date, so importing the same rows again, even
/// from a corrected file, issues nothing twice.
/// </summary>
public sealed class CsvIssueImporter(
    IBadgeIssuer issuer,
    IBadgeClassProvider badgeClasses,
    ITenantAccessor tenantAccessor,
    TimeProvider timeProvider,
    IStringLocalizer<CsvIssueImporter> T,
    ILogger<CsvIssueImporter> logger)
{
    /// <summary>Largest accepted file, in bytes (about 10,000 rows).</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    public async Task<CsvIssueReport> ImportAsync(byte[] file, string? issuedBy, CancellationToken cancellationToken)
    {
        var report = new CsvIssueReport();
        if (file.Length > MaxFileBytes)
        {
            report.Errors.Add(new CsvRowError(0, T["The file is larger than {0} MB. Split it into smaller files.", MaxFileBytes / 1024 / 1024]));
            return report;
        }

        var text = CsvParser.DecodeUtf8(file);
        if (text is null)
        {
            report.Errors.Add(new CsvRowError(0, T["The file is not UTF-8 text. Save it as \"CSV UTF-8\" in your spreadsheet and import it again."]));
            return report;
        }

        var records = CsvParser.Parse(text, CsvParser.DetectSeparator(text));
        if (records.Count == 0)
        {
            report.Errors.Add(new CsvRowError(0, T["The file is empty. Its first line must name the columns email, nom, badge and date."]));
            return report;
        }

        var columns = CsvColumns.FromHeader(records[0].Fields);
        var missing = columns.MissingRequired().ToList();
        if (missing.Count > 0)
        {
            report.Errors.Add(new CsvRowError(records[0].LineNumber, T["The header line lacks the columns: {0}. The first line must name the columns email, nom, badge and date.", string.Join(", ", missing)]));
            return report;
        }

        var classes = await badgeClasses.ListAsync(cancellationToken);
        foreach (var record in records.Skip(1))
        {
            await ImportRowAsync(record, columns, classes, issuedBy, report, cancellationToken);
        }

        logger.LogInformation("Tenant {Tenant}: CSV import issued {Issued} badges, found {AlreadyIssued} already issued, rejected {Rejected} rows",
            tenantAccessor.Current.Name, report.Issued, report.AlreadyIssued, report.Errors.Count);
        return report;
    }

    private async Task ImportRowAsync(CsvRecord record, CsvColumns columns, IReadOnlyList<BadgeClassInfo> classes, string? issuedBy,
        CsvIssueReport report, CancellationToken cancellationToken)
    {
        var line = record.LineNumber;
        if (record.Fields.Count != columns.Count)
        {
            report.Errors.Add(new CsvRowError(line, T["Line {0}: it has {1} fields instead of {2}. Check the separators on this line.", line, record.Fields.Count, columns.Count]));
            return;
        }

        string Field(int index) => index < 0 ? "" : record.Fields[index].Trim();
        var email = Field(columns.Email);
        var name = Field(columns.Name);
        var badgeKey = Field(columns.Badge);
        var dateText = Field(columns.Date);

        var errorCount = report.Errors.Count;
        if (!BadgeIssuer.IsValidEmail(email))
        {
            report.Errors.Add(new CsvRowError(line, T["Line {0}: the e-mail address \"{1}\" is not valid.", line, email]));
        }

        if (name.Length == 0)
        {
            report.Errors.Add(new CsvRowError(line, T["Line {0}: the name is empty.", line]));
        }

        var badgeClass = classes.FirstOrDefault(c => string.Equals(c.Slug, badgeKey, StringComparison.OrdinalIgnoreCase))
            ?? classes.FirstOrDefault(c => c.Id == badgeKey);
        if (badgeClass is null)
        {
            report.Errors.Add(new CsvRowError(line, T["Line {0}: the badge \"{1}\" does not exist on this site. Use a badge's slug or id.", line, badgeKey]));
        }

        var today = DateOnly.FromDateTime(ParisTime.ToParis(timeProvider.GetUtcNow()).DateTime);
        if (!DateOnly.TryParseExact(dateText, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            report.Errors.Add(new CsvRowError(line, T["Line {0}: the date \"{1}\" is not valid. Write it as dd/mm/yyyy, for example 05/03/2026.", line, dateText]));
        }
        else if (date > today)
        {
            report.Errors.Add(new CsvRowError(line, T["Line {0}: the date {1} is in the future. A badge is issued on or after the day it was earned.", line, dateText]));
        }

        if (report.Errors.Count > errorCount)
        {
            return;
        }

        var request = new IssueRequest
        {
            BadgeClassId = badgeClass!.Id,
            RecipientEmail = email,
            RecipientName = name,
            SourceKey = SourceKey(badgeClass.Id, email, date),
            IssuedOn = ParisTime.StartOfDay(date),
            Narrative = NullIfEmpty(Field(columns.Narrative)),
            Evidence = Evidence(Field(columns.Evidence)),
            IssuedBy = issuedBy,
        };

        try
        {
            var result = await issuer.IssueAsync(request, cancellationToken);
            if (result.AlreadyIssued)
            {
                report.AlreadyIssued++;
            }
            else
            {
                report.Issued++;
            }
        }
        catch (Issuing.BadgeIssuingException ex)
        {
            logger.LogWarning(ex, "Tenant {Tenant}: CSV line {Line} was rejected by the issuer", tenantAccessor.Current.Name, line);
            report.Errors.Add(new CsvRowError(line, T["Line {0}: the badge could not be issued. {1}", line, ex.Message]));
        }
    }

    private string SourceKey(string badgeClassId, string email, DateOnly date)
    {
        var key = string.Join('\n', tenantAccessor.Current.Name, badgeClassId, RecipientIdentity.NormalizeEmail(email), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return "csv:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static IReadOnlyList<EvidenceItem> Evidence(string value)
    {
        if (value.Length == 0)
        {
            return [];
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? [new EvidenceItem(null, null, null, url)]
            : [new EvidenceItem(null, null, value, null)];
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
