namespace ApprenantAgile.Badges.Baking;

/// <summary>
/// Result of <see cref="BadgeUnbaker.Unbake"/>: the baked text (assertion JSON, JWS, URL or credential
/// JSON) when found, otherwise a message for the user in the current UI culture.
/// </summary>
public sealed record UnbakeResult(UnbakeStatus Status, string? Payload, string? UserMessage)
{
    public bool IsFound => Status == UnbakeStatus.Found;
}
