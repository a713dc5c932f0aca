namespace ApprenantAgile.Badges.Assertions;

/// <summary>Lifecycle state of an issued assertion. Expiry is not a status: it follows from <see cref="AssertionIndex.ExpiresUtc"/>.</summary>
public enum AssertionStatus
{
    Issued = 0,
    Revoked = 1,
}
