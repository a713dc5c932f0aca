namespace ApprenantAgile.Badges.Assertions;

/// <summary>Filters of the admin assertion list; null members do not filter.</summary>
public sealed record AssertionFilter
{
    public string? BadgeClassId { get; init; }

    public AssertionStatus? Status { get; init; }

    /// <summary>Inclusive lower bound of the issue instant, UTC.</summary>
    public DateTime? IssuedFromUtc { get; init; }

    /// <summary>Exclusive upper bound of the issue instant, UTC.</summary>
    public DateTime? IssuedBeforeUtc { get; init; }

    /// <summary>Recipient lookup HMAC computed from a searched e-mail (see <see cref="RecipientEmailProtector"/>).</summary>
    public string? RecipientLookup { get; init; }
}
