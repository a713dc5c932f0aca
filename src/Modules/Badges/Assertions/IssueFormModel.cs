namespace ApprenantAgile.Badges.Assertions;

/// <summary>The admin form that issues one badge by hand.</summary>
public sealed class IssueFormModel
{
    public string? BadgeClassId { get; set; }

    public string? Email { get; set; }

    public string? Name { get; set; }

    /// <summary>Date the badge was earned, in Paris; today when empty.</summary>
    public DateOnly? IssuedOn { get; set; }

    public string? Narrative { get; set; }

    public string? EvidenceUrl { get; set; }

    public IReadOnlyList<Abstractions.BadgeClassInfo> BadgeClasses { get; set; } = [];
}
