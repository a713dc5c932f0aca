using ApprenantAgile.Badges.Issuing;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// The absolute URLs of the current tenant's Open Badges 3.0 documents, on the same base as
/// <see cref="Ob2Urls"/>: they become ids inside signed credentials, so they never change once issued.
/// </summary>
public sealed class Ob3Urls(Ob2Urls ob2Urls)
{
    public const string RoutePrefix = "/ob3";

    /// <summary>The issuer id: it resolves to the controller document that lists the tenant's Multikey verification methods.</summary>
    public Uri Issuer => ob2Urls.Absolute($"{RoutePrefix}/issuer");

    public Uri Credential(string assertionId) => ob2Urls.Absolute($"{RoutePrefix}/credentials/{assertionId}");

    /// <summary>URL of a download: <paramref name="fileName"/> is credential.json, credential.png or credential.svg.</summary>
    public Uri CredentialFile(string assertionId, string fileName) => ob2Urls.Absolute($"{RoutePrefix}/credentials/{assertionId}/{fileName}");

    public Uri StatusList => ob2Urls.Absolute($"{RoutePrefix}/status/revocation");

    /// <summary>The id of an EndorsementCredential that this tenant signed, which serves it.</summary>
    public Uri Endorsement(string endorsementId) => ob2Urls.Absolute($"{RoutePrefix}/endorsements/{endorsementId}");

    /// <summary>The revocation status list of this tenant's endorsements: a withdrawn endorsement has its bit set.</summary>
    public Uri EndorsementStatusList => ob2Urls.Absolute($"{RoutePrefix}/status/endorsements");

    /// <summary>The verification method id of an Ed25519 issuer key: the issuer URL with the fragment "#key-{keyId}".</summary>
    public string VerificationMethod(string keyId) => $"{Issuer.AbsoluteUri}#key-{keyId}";

    /// <summary>The stable Achievement id: the URL of the badge class version the badge was issued under.</summary>
    public Uri Achievement(string badgeClassId, string? catalogueVersion) => ob2Urls.BadgeClass(badgeClassId, catalogueVersion);

    public Uri BadgeClassImage(string badgeClassId) => ob2Urls.BadgeClassImage(badgeClassId);

    public Uri Absolute(string tenantRelativePath) => ob2Urls.Absolute(tenantRelativePath);
}
