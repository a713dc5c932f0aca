using ApprenantAgile.Badges.Applications;

namespace ApprenantAgile.Badges.Review;

/// <summary>One page of the review inbox: the waiting applications, the longest waiting first.</summary>
public sealed class ReviewInboxModel
{
    public required IReadOnlyList<BadgeApplication> Applications { get; init; }

    /// <summary>The number of the page shown, from 1 to <see cref="PageCount"/>.</summary>
    public required int Page { get; init; }

    /// <summary>The number of pages, at least 1 even when nothing waits.</summary>
    public required int PageCount { get; init; }

    /// <summary>The number of waiting applications on all pages.</summary>
    public required int TotalCount { get; init; }
}
