namespace ApprenantAgile.Badges.Applications;

/// <summary>The signed-in user acting on an application: id, e-mail and display name.</summary>
public sealed record Applicant(string UserId, string Email, string Name);
