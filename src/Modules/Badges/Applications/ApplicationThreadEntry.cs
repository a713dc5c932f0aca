namespace ApprenantAgile.Badges.Applications;

/// <summary>
/// One message of an application's thread, visible to the learner and the reviewers: who acted,
/// when, what they did (<see cref="Kind"/>, and for a decision the user task action they chose), and their comment.
/// </summary>
public sealed class ApplicationThreadEntry
{
    public long Id { get; set; }

    public string ApplicationId { get; set; } = "";

    public string AuthorUserId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public ThreadEntryKind Kind { get; set; }

    /// <summary>For a decision: the action name of the workflow's user task, such as "Refuser". Empty otherwise.</summary>
    public string Action { get; set; } = "";

    public string Comment { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
