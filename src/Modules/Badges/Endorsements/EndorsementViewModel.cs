using System.Globalization;
using ApprenantAgile.Badges.Issuing;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>An endorsement as badge pages show it: "Reconnu par {EndorserName}", the comment and a link to the signed credential.</summary>
public sealed class EndorsementViewModel
{
    public required string EndorserName { get; init; }

    public required string Comment { get; init; }

    /// <summary>The endorsement date in the page's culture, Paris time.</summary>
    public required string Date { get; init; }

    public required string CredentialUrl { get; init; }

    /// <summary>Day, month name and year: the culture gives the month name ("5 décembre 2026", "5 December 2026").</summary>
    private const string DatePattern = "d MMMM yyyy";

    public static IReadOnlyList<EndorsementViewModel> From(IReadOnlyList<ReceivedEndorsement> endorsements, CultureInfo culture) =>
        endorsements.Select(e => new EndorsementViewModel
        {
            EndorserName = e.EndorserName,
            Comment = e.Comment,
            Date = ParisTime.Format(e.CreatedUtc, culture, DatePattern),
            CredentialUrl = e.CredentialUrl.AbsoluteUri,
        }).ToList();
}
