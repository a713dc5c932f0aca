namespace ApprenantAgile.Badges.Endorsements;

/// <summary>The endorsements admin page: the endorsements made so far and the form of a new one.</summary>
public sealed class EndorsementsPageModel
{
    public required IReadOnlyList<Endorsement> Endorsements { get; init; }

    /// <summary>Names of the running centres, for the centre picker.</summary>
    public required IReadOnlyList<string> CentreNames { get; init; }

    /// <summary>The chosen centre with its profile and badge classes, or null before a centre is chosen.</summary>
    public EndorsableCentre? Centre { get; init; }

    public required EndorseFormModel Form { get; init; }
}
