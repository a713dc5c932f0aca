namespace ApprenantAgile.Badges.Applications;

/// <summary>Life cycle of a badge application. Stored as its integer value: append new members only.</summary>
public enum BadgeApplicationStatus
{
    /// <summary>The learner is still writing it; only the learner can read it.</summary>
    Draft = 0,

    /// <summary>Sent to the centre; the review workflow has started or is about to.</summary>
    Submitted = 1,

    /// <summary>The trainers have been notified and a decision is pending.</summary>
    InReview = 2,

    /// <summary>A trainer asked for more; the learner can edit and send it again.</summary>
    ChangesRequested = 3,

    /// <summary>The badge was issued; <see cref="BadgeApplication.AssertionId"/> is set.</summary>
    Approved = 4,

    Refused = 5,
}
