namespace ApprenantAgile.Badges.Revocation;

public enum RevocationOutcome
{
    Revoked,

    /// <summary>The reason is empty or longer than <see cref="AssertionRevoker.MaxReasonLength"/>; nothing changed.</summary>
    InvalidReason,

    NotFound,

    AlreadyRevoked,
}
