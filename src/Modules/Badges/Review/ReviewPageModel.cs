using ApprenantAgile.Badges.Applications;

namespace ApprenantAgile.Badges.Review;

/// <summary>An application in the review inbox, with the actions the signed-in reviewer may choose now.</summary>
public sealed class ReviewPageModel
{
    public required BadgeApplication Application { get; init; }

    /// <summary>Action names of the waiting user tasks that the reviewer's roles allow, in the workflow's order.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>True when the reviewer is the applicant, who may read but never decide.</summary>
    public bool IsOwnApplication { get; init; }

    /// <summary>The user ids of the trainers who approved so far (two-approval workflows).</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    public string? Comment { get; set; }
}
