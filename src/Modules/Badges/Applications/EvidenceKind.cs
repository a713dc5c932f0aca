namespace ApprenantAgile.Badges.Applications;

/// <summary>What an evidence item of an application contains. Stored as its integer value.</summary>
public enum EvidenceKind
{
    File = 0,
    Link = 1,
    Text = 2,
}
