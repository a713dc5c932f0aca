namespace ApprenantAgile.Badges.Applications;

/// <summary>
/// A learner's request for a badge of the centre's catalogue, with a narrative, evidence and a
/// thread. The badge's name and level are copied when the application is created, so the review
/// and its e-mails do not depend on later catalogue edits.
/// </summary>
public sealed class BadgeApplication
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string ApplicantUserId { get; set; } = "";

    public string ApplicantEmail { get; set; } = "";

    public string ApplicantName { get; set; } = "";

    public string BadgeClassId { get; set; } = "";

    public string BadgeName { get; set; } = "";

    /// <summary>Level code of the badge class ("explorateur", "batisseur", "architecte"), or "" when it has none.</summary>
    public string BadgeLevel { get; set; } = "";

    /// <summary>The learner's own account of what they did.</summary>
    public string Narrative { get; set; } = "";

    public BadgeApplicationStatus Status { get; set; }

    /// <summary>The trainer who follows the application, set by the AssignReviewerTask activity; null until then.</summary>
    public string? ReviewerUserId { get; set; }

    public string? ReviewerName { get; set; }

    /// <summary>The issued assertion, once approved.</summary>
    public string? AssertionId { get; set; }

    public string? AssertionUrl { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    /// <summary>The last time the learner sent it (first submission or resubmission); the review inbox counts the wait from here.</summary>
    public DateTime? SubmittedUtc { get; set; }

    /// <summary>When the application was approved or refused.</summary>
    public DateTime? DecidedUtc { get; set; }

    public List<ApplicationEvidence> Evidence { get; set; } = [];

    public List<ApplicationThreadEntry> Thread { get; set; } = [];

    /// <summary>True while the learner may change the narrative and the evidence.</summary>
    public bool IsEditable => Status is BadgeApplicationStatus.Draft or BadgeApplicationStatus.ChangesRequested;

    /// <summary>True while trainers have a decision to make.</summary>
    public bool IsAwaitingReview => Status is BadgeApplicationStatus.Submitted or BadgeApplicationStatus.InReview;
}
