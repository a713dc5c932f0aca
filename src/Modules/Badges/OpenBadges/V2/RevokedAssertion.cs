namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>One entry of a RevocationList: the revoked assertion's id and, optionally, why it was revoked.</summary>
public sealed record RevokedAssertion(Uri Id, string? RevocationReason = null);
