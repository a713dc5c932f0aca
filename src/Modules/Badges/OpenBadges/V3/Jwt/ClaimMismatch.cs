namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>A registered JWT claim whose value differs from the credential member it stands for; null values mean "absent".</summary>
public sealed record ClaimMismatch(string Claim, string? JwtValue, string? CredentialValue);
