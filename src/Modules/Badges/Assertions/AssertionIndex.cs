namespace ApprenantAgile.Badges.Assertions;

/// <summary>
/// One issued Open Badges assertion, as a row of the tenant's <c>AssertionIndex</c> table: the
/// columns that lists and lookups filter on, and the data that the OB 2.0 documents are rebuilt from.
/// </summary>
/// <remarks>
/// Assertions live in their own table rather than as content items, so the content editor can never
/// create or change one: only <see cref="Issuing.BadgeIssuer"/> inserts rows and only
/// <see cref="Revocation.AssertionRevoker"/> changes the status.
/// </remarks>
public sealed class AssertionIndex
{
    /// <summary>Random 32-character lowercase hex id, used in the assertion's URLs and as its urn:uuid.</summary>
    public required string AssertionId { get; init; }

    public required string BadgeClassId { get; init; }

    /// <summary><c>sha256$</c> and the hex SHA-256 of the normalised e-mail followed by <see cref="RecipientSalt"/>.</summary>
    public required string RecipientHash { get; init; }

    public required string RecipientSalt { get; init; }

    /// <summary>The learner's e-mail, encrypted with Data Protection (see <see cref="RecipientEmailProtector"/>).</summary>
    public required string ProtectedRecipientEmail { get; init; }

    /// <summary>Keyed HMAC of the normalised e-mail, so that "Mes badges" and the admin search find rows without decrypting them.</summary>
    public required string RecipientLookup { get; init; }

    public string? RecipientName { get; init; }

    public AssertionStatus Status { get; set; }

    public required DateTime IssuedUtc { get; init; }

    /// <summary>End of validity in UTC, or null when the badge class has no validity period.</summary>
    public DateTime? ExpiresUtc { get; init; }

    public string? RevocationReason { get; set; }

    public DateTime? RevokedUtc { get; set; }

    /// <summary>Caller-given idempotency key; the table has a unique index on it.</summary>
    public required string SourceKey { get; init; }

    public string? IssuedBy { get; init; }

    public string? Narrative { get; init; }

    /// <summary>JSON array of <see cref="Abstractions.EvidenceItem"/>.</summary>
    public required string EvidenceJson { get; init; }

    /// <summary>JSON of the <see cref="Abstractions.BadgeClassInfo"/> at issue time, so that later catalogue versions do not change the badge.</summary>
    public required string BadgeClassSnapshotJson { get; init; }

    /// <summary>Catalogue version of the snapshot, also a column so that the versioned badge class URL can find a snapshot.</summary>
    public string? CatalogueVersion { get; init; }

    /// <summary>The signed assertion: an RS256 compact JWS made at issue time with the then active issuer key.</summary>
    public string SignedJws { get; set; } = "";

    public bool IsExpiredAt(DateTime utcNow) => ExpiresUtc is { } expires && expires <= utcNow;
}
