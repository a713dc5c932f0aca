using System.Globalization;
using ApprenantAgile.Portfolio.Pages;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Portfolio.Editor;

/// <summary>
/// Reads the editor's form fields: <c>Title</c>, <c>Introduction</c>, <c>Visibility</c>,
/// <c>ShareEndDate</c> (yyyy-MM-dd), <c>badges</c> (chosen assertion ids), and per badge
/// <c>position-{assertionId}</c> and <c>evidence-{assertionId}</c> (chosen evidence ids).
/// </summary>
public static class PageFormReader
{
    public const string BadgesField = "badges";
    public const string PositionPrefix = "position-";
    public const string EvidencePrefix = "evidence-";

    /// <summary>Maximum number of badges read from one post; more than any holder has.</summary>
    public const int MaxBadges = 200;

    public static PageForm Read(IFormCollection form)
    {
        var endText = form["ShareEndDate"].ToString().Trim();
        DateOnly? endDate = DateOnly.TryParseExact(endText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;

        var chosen = form[BadgesField]
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Take(MaxBadges)
            .Select((assertionId, index) => (AssertionId: assertionId, Position: ReadPosition(form, assertionId) ?? int.MaxValue, Index: index))
            .OrderBy(b => b.Position)
            .ThenBy(b => b.Index)
            .Select(b => new PageItem(b.AssertionId, form[EvidencePrefix + b.AssertionId].OfType<string>().Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

        return new PageForm(
            form["Title"].ToString().Trim(),
            form["Introduction"].ToString(),
            VisibilityCodes.Parse(form["Visibility"].ToString()),
            endText,
            endDate,
            chosen);
    }

    private static int? ReadPosition(IFormCollection form, string assertionId) =>
        int.TryParse(form[PositionPrefix + assertionId].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position)
            ? position
            : null;
}
