namespace ApprenantAgile.Badges.Endorsements;

/// <summary>Something of a centre that the national tenant can endorse: its issuer profile or one of its published badge classes.</summary>
/// <param name="BadgeClassId">The badge class's content item id in the centre; null for the profile.</param>
/// <param name="SubjectId">The Achievement id or Profile id that the centre's credentials carry.</param>
public sealed record EndorsementTarget(EndorsementSubjectKind Kind, string? BadgeClassId, string SubjectId, string Name);

/// <summary>A centre with what can be endorsed there, the profile first.</summary>
public sealed record EndorsableCentre(string TenantName, string IssuerName, IReadOnlyList<EndorsementTarget> Targets)
{
    public EndorsementTarget Profile => Targets[0];
}
