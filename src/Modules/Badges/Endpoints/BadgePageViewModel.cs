namespace ApprenantAgile.Badges.Endpoints;

/// <summary>The public HTML page of an issued badge: shown to a person who opens the badge link in a browser.</summary>
public sealed class BadgePageViewModel
{
    public required string AssertionId { get; init; }

    public required string BadgeName { get; init; }

    public required string BadgeDescription { get; init; }

    public required string CriteriaNarrative { get; init; }

    public required string IssuerName { get; init; }

    public required Uri IssuerUrl { get; init; }

    public required DateTime IssuedUtc { get; init; }

    public DateTime? ExpiresUtc { get; init; }

    public bool IsExpired { get; init; }

    public bool IsRevoked { get; init; }

    public string? RevocationReason { get; init; }

    public string? Narrative { get; init; }

    public required Uri AssertionUrl { get; init; }

    public required Uri ImageUrl { get; init; }

    /// <summary>The national tenant's endorsements in force about the badge class version the badge was issued under.</summary>
    public IReadOnlyList<Endorsements.EndorsementViewModel> BadgeEndorsements { get; init; } = [];

    /// <summary>The national tenant's endorsements in force about the issuing centre.</summary>
    public IReadOnlyList<Endorsements.EndorsementViewModel> IssuerEndorsements { get; init; } = [];
}
