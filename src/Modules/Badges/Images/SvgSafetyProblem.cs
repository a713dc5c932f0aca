namespace ApprenantAgile.Badges.Images;

/// <summary>The first unsafe construct that <see cref="SvgSafetyInspector"/> found, and the value that shows it (element, attribute or URL).</summary>
public sealed record SvgSafetyProblem(BadgeImageRejection Rejection, string Detail);
