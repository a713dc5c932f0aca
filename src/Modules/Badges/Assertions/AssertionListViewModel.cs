using ApprenantAgile.Badges.Abstractions;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>The admin list of issued badges with its filters, as given in the query string.</summary>
public sealed class AssertionListViewModel
{
    public string? Badge { get; set; }

    /// <summary>"issued", "revoked" or empty for both.</summary>
    public string? Status { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Email { get; set; }

    public int Page { get; set; } = 1;

    public int PageCount { get; set; } = 1;

    public int TotalCount { get; set; }

    public IReadOnlyList<AssertionIndex> Assertions { get; set; } = [];

    public IReadOnlyList<BadgeClassInfo> BadgeClasses { get; set; } = [];

    public DateTime NowUtc { get; set; }

    public string BadgeName(AssertionIndex assertion) =>
        BadgeClasses.FirstOrDefault(c => c.Id == assertion.BadgeClassId)?.Name ?? assertion.BadgeClassId;
}
