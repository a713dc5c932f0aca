using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications.Evidence;

namespace ApprenantAgile.Badges.Applications;

/// <summary>The learner's page of one application, with the values of a form that failed so they are shown again.</summary>
public sealed class ApplicationPageModel
{
    public required BadgeApplication Application { get; init; }

    public BadgeClassInfo? Badge { get; init; }

    public required EvidenceOptions Limits { get; init; }

    public string? Narrative { get; set; }

    public string? LinkTitle { get; set; }

    public string? LinkUrl { get; set; }

    public string? TextTitle { get; set; }

    public string? Text { get; set; }

    public string? Comment { get; set; }
}
