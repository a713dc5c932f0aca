namespace ApprenantAgile.Badges.Issuing;

/// <summary>An issue request that cannot be fulfilled as given (unknown badge class, invalid e-mail or evidence). The message names the value and what to change.</summary>
public sealed class BadgeIssuingException(string message) : Exception(message);
