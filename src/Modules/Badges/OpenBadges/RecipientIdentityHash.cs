namespace ApprenantAgile.Badges.OpenBadges;

/// <summary>A hashed recipient identity (<c>sha256$…</c>) and the salt that was appended to the address before hashing.</summary>
public sealed record RecipientIdentityHash(string Identity, string Salt);
