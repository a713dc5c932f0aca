namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// A signed Open Badges 3.0 EndorsementCredential of the national tenant about a centre's badge class
/// (an Achievement) or a centre's issuer Profile, as a row of the national tenant's <c>Endorsements</c> table.
/// </summary>
public sealed class Endorsement
{
    /// <summary>The 32-hex id; the credential is served at <c>/ob3/endorsements/{Id}</c> of the national tenant.</summary>
    public required string Id { get; init; }

    /// <summary>Name of the centre tenant whose badge class or profile is endorsed.</summary>
    public required string CentreTenant { get; init; }

    public required EndorsementSubjectKind SubjectKind { get; init; }

    /// <summary>The endorsed badge class's content item id in the centre; null when the profile is endorsed.</summary>
    public string? BadgeClassId { get; init; }

    /// <summary>The endorsed Achievement id or Profile id, as the centre's credentials write it: <c>credentialSubject.id</c>.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The badge class name or the centre's issuer name when the endorsement was made, for the admin list.</summary>
    public required string SubjectName { get; init; }

    public required string Comment { get; init; }

    /// <summary>The credential's bit in the national tenant's endorsement status list, unique per tenant.</summary>
    public required int StatusListIndex { get; init; }

    /// <summary>The id of the national Ed25519 key that signed the proof.</summary>
    public required string KeyId { get; init; }

    /// <summary>The signed credential as issued; it is served byte for byte, never rebuilt.</summary>
    public required string CredentialJson { get; init; }

    public required DateTime CreatedUtc { get; init; }

    /// <summary>User name of the staff member who endorsed.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When the endorsement was withdrawn; its status bit is then set and centres stop showing it.</summary>
    public DateTime? WithdrawnUtc { get; set; }
}
