namespace ApprenantAgile.Badges.Endorsements;

/// <summary>What an endorsement is about: one badge class of a centre, or the centre as an issuer.</summary>
public enum EndorsementSubjectKind
{
    Achievement = 0,
    Profile = 1,
}
