using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Assertions;

namespace ApprenantAgile.Portfolio.Holders;

/// <summary>
/// A badge issued to a holder: the assertion, the badge class it was issued under, and the
/// evidence of the approved application that led to it (empty for badges issued without one).
/// </summary>
public sealed record HeldBadge(AssertionIndex Assertion, BadgeClassInfo BadgeClass, IReadOnlyList<ApplicationEvidence> Evidence)
{
    public string AssertionId => Assertion.AssertionId;

    public bool IsRevoked => Assertion.Status == AssertionStatus.Revoked;
}
