namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>The signed OpenBadgeCredential of one issued assertion, as a row of the tenant's <c>Ob3Credentials</c> table.</summary>
public sealed class Ob3Credential
{
    /// <summary>The assertion's 32-hex id: the credential is its Open Badges 3.0 form.</summary>
    public required string AssertionId { get; init; }

    /// <summary>The credential's bit in the tenant's revocation status list, unique per tenant.</summary>
    public required int StatusListIndex { get; init; }

    /// <summary>The id of the issuer key that signed the proof, so a reader can tell which credentials a rotation left on an older key.</summary>
    public required string KeyId { get; init; }

    /// <summary>The signed credential as issued; it is served byte for byte, never rebuilt.</summary>
    public required string CredentialJson { get; init; }

    public required DateTime CreatedUtc { get; init; }
}
