namespace ApprenantAgile.Badges.Abstractions;

/// <summary>An evidence entry of an issued badge (OB 2.0 Evidence, OB 3.0 Evidence).</summary>
public sealed record EvidenceItem(string? Name, string? Description, string? Narrative, Uri? Url, string? Genre = null);

/// <summary>
/// A request to issue one badge. <see cref="SourceKey"/> names what asked for it (an application id,
/// "csv:{file hash}:{line}") and makes issuing idempotent: the same key issues at most one assertion.
/// </summary>
public sealed record IssueRequest
{
    public required string BadgeClassId { get; init; }

    public required string RecipientEmail { get; init; }

    public string? RecipientName { get; init; }

    public required string SourceKey { get; init; }

    public DateTimeOffset? IssuedOn { get; init; }

    public string? Narrative { get; init; }

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>User id of the trainer or staff member who approved it, for the record.</summary>
    public string? IssuedBy { get; init; }

    /// <summary>
    /// Whether the issuer e-mails the learner. The review workflow sets it to false because its own
    /// e-mail step, which staff can edit, announces the badge, and the learner must get one message.
    /// </summary>
    public bool EmailRecipient { get; init; } = true;
}

/// <summary>The issued (or already issued) assertion.</summary>
public sealed record IssueResult(string AssertionId, Uri AssertionUrl, bool AlreadyIssued);

/// <summary>
/// The one issuing service: the review workflow, the admin and the CSV bulk import all call it.
/// </summary>
public interface IBadgeIssuer
{
    Task<IssueResult> IssueAsync(IssueRequest request, CancellationToken cancellationToken = default);
}
