namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>Fixed values of Open Badges 3.0 credentials (W3C Verifiable Credentials Data Model 2.0).</summary>
public static class OpenBadgesV3
{
    public const string CredentialsContextUrl = "https://www.w3.org/ns/credentials/v2";
    public const string ContextUrl = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public const string DidContextUrl = "https://www.w3.org/ns/did/v1";
    public const string MultikeyContextUrl = "https://w3id.org/security/multikey/v1";

    /// <summary>Media type of a credential secured with an embedded Data Integrity proof.</summary>
    public const string CredentialMediaType = "application/vc+ld+json";

    public const string JsonLdMediaType = "application/ld+json";

    public const string VerifiableCredentialType = "VerifiableCredential";
    public const string OpenBadgeCredentialType = "OpenBadgeCredential";
    public const string StatusListCredentialType = "BitstringStatusListCredential";

    /// <summary>Number of entries of each status list: the minimum the Bitstring Status List recommendation sets (16 KiB of bits), for herd privacy.</summary>
    public const int StatusListLength = 131_072;
}
