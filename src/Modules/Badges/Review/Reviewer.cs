namespace ApprenantAgile.Badges.Review;

/// <summary>The signed-in user deciding on an application: id, display name and role names.</summary>
public sealed record Reviewer(string UserId, string Name, IReadOnlyCollection<string> Roles);
