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

    public const string KeysPath = RoutePrefix + "/keys";

    /// <summary>
    /// The verification method id of an Ed25519 issuer key: a URL without fragment, "/ob3/keys/{keyId}", that serves
    /// the Multikey document itself, because verifiers such as verifier-core load the method id as it is.
    /// </summary>
    public string VerificationMethod(string keyId) => ob2Urls.Absolute($"{KeysPath}/{keyId}").AbsoluteUri;

    /// <summary>
    /// The verification method id that credentials signed before key URLs carry: the issuer URL with the fragment
    /// "#key-{keyId}". The issuer document still lists it, so that those credentials keep verifying.
    /// </summary>
    public string LegacyVerificationMethod(string keyId) => $"{Issuer.AbsoluteUri}#key-{keyId}";

    /// <summary>The stable Achievement id: the URL of the badge class version the badge was issued under.</summary>
    public Uri Achievement(string badgeClassId, string? catalogueVersion) => ob2Urls.BadgeClass(badgeClassId, catalogueVersion);

    public Uri BadgeClassImage(string badgeClassId) => ob2Urls.BadgeClassImage(badgeClassId);

    public Uri Absolute(string tenantRelativePath) => ob2Urls.Absolute(tenantRelativePath);
}
