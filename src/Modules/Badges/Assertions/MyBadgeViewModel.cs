namespace ApprenantAgile.Badges.Assertions;

/// <summary>One badge on the learner's "Mes badges" page.</summary>
public sealed record MyBadgeViewModel(AssertionIndex Assertion, Abstractions.BadgeClassInfo BadgeClass, Uri AssertionUrl, bool IsExpired);
