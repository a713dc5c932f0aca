using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Badges.OpenBadges.V2;
using ApprenantAgile.Badges.Signing;
using V2 = ApprenantAgile.Badges.OpenBadges.V2;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>
/// Builds the current tenant's OB 2.0 JSON-LD documents (issuer Profile, BadgeClass, Assertion,
/// CryptographicKey, RevocationList) from stored assertions, badge classes and issuer keys.
/// </summary>
public sealed class Ob2DocumentFactory(Ob2Urls urls, IIssuerProfileProvider issuerProfiles, IssuerKeyRing keyRing)
{
    // The v2 context maps the short aliases ("hosted", "signed") and these class names to the same IRIs.
    // The class names are written because verifiers that do not expand JSON-LD compare them literally.
    public const string HostedBadgeType = "HostedBadge";
    public const string SignedBadgeType = "SignedBadge";

    /// <summary>Builds the hosted assertion served at its URL, with <c>verification.type</c> HostedBadge.</summary>
    public JsonObject HostedAssertion(AssertionIndex assertion)
    {
        var document = CreateAssertion(assertion, urls.Assertion(assertion.AssertionId), V2.Verification.Hosted)
            with { Image = urls.AssertionImage(assertion.AssertionId, "image.png") };
        var json = document.ToJson();
        json["verification"]!["type"] = HostedBadgeType;
        return json;
    }

    /// <summary>Builds the payload of the signed assertion: id urn:uuid, <c>verification.type</c> SignedBadge and the key URL as creator.</summary>
    public JsonObject SignedAssertionPayload(AssertionIndex assertion, string keyId)
    {
        var document = CreateAssertion(assertion, Ob2Urls.SignedAssertionId(assertion.AssertionId), V2.Verification.Signed(urls.Key(keyId)));
        var json = document.ToJson();
        json["verification"]!["type"] = SignedBadgeType;
        return json;
    }

    /// <summary>Builds the body served with 410 Gone for a revoked hosted assertion.</summary>
    public JsonObject RevokedAssertion(AssertionIndex assertion) => new()
    {
        ["@context"] = OpenBadgesV2.ContextUrl,
        ["id"] = urls.Assertion(assertion.AssertionId).AbsoluteUri,
        ["revoked"] = true,
        ["revocationReason"] = assertion.RevocationReason,
    };

    /// <summary>Builds a BadgeClass; with <paramref name="versioned"/>, its id is the URL of the catalogue version it comes from.</summary>
    public JsonObject BadgeClass(BadgeClassInfo badgeClass, bool versioned)
    {
        var id = urls.BadgeClass(badgeClass.Id, versioned ? badgeClass.CatalogueVersion : null);
        var document = new V2.BadgeClass(id, badgeClass.Name, badgeClass.Description, urls.BadgeClassImage(badgeClass.Id),
            new Criteria(null, badgeClass.CriteriaNarrative), urls.Issuer)
        {
            Alignment = badgeClass.Alignments
                .Select(a => new Alignment(a.TargetName, a.TargetUrl) { TargetDescription = a.TargetDescription, TargetFramework = a.TargetFramework, TargetCode = a.TargetCode })
                .ToList(),
            Tags = badgeClass.Tags,
        };
        return document.ToJson();
    }

    public async Task<JsonObject> IssuerAsync(CancellationToken cancellationToken)
    {
        var profile = await issuerProfiles.GetAsync(cancellationToken);
        var activeKey = await keyRing.EnsureActiveKeyAsync(IssuerKeyType.Rsa, cancellationToken);
        var email = string.IsNullOrWhiteSpace(profile.Email) ? null : profile.Email.Trim();
        var document = new Profile(urls.Issuer, profile.Name, profile.Url, email)
        {
            Description = profile.Description,
            Image = string.IsNullOrEmpty(profile.ImagePath) ? null : urls.Absolute(profile.ImagePath),
            PublicKey = urls.Key(activeKey.KeyId),
            RevocationList = urls.RevocationList,
        };
        return document.ToJson();
    }

    /// <summary>Builds the CryptographicKey of an RSA issuer key, active or retired; null for an unknown or non-RSA key.</summary>
    public async Task<JsonObject?> KeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var key = await keyRing.FindPublicKeyAsync(keyId, cancellationToken);
        if (key is null || key.Type != IssuerKeyType.Rsa)
        {
            return null;
        }

        return new CryptographicKey(urls.Key(key.KeyId), urls.Issuer, key.PublicKeyPem).ToJson();
    }

    public JsonObject RevocationList(IEnumerable<AssertionIndex> revoked) =>
        new V2.RevocationList(urls.RevocationList, urls.Issuer,
            revoked.Select(a => new RevokedAssertion(Ob2Urls.SignedAssertionId(a.AssertionId), a.RevocationReason)).ToList()).ToJson();

    private V2.Assertion CreateAssertion(AssertionIndex assertion, Uri id, V2.Verification verification)
    {
        var badgeUrl = urls.BadgeClass(assertion.BadgeClassId, assertion.CatalogueVersion);
        return new V2.Assertion(id, new RecipientIdentityHash(assertion.RecipientHash, assertion.RecipientSalt), badgeUrl, verification,
            ParisTime.ToParis(assertion.IssuedUtc))
        {
            Expires = assertion.ExpiresUtc is { } expires ? ParisTime.ToParis(expires) : null,
            Narrative = assertion.Narrative,
            Evidence = BadgeClassSnapshot.DeserializeEvidence(assertion.EvidenceJson).Select(ToEvidence).ToList(),
        };
    }

    private static Evidence ToEvidence(EvidenceItem item) => new()
    {
        Id = item.Url,
        Name = item.Name,
        Description = item.Description,
        Narrative = item.Narrative,
        Genre = item.Genre,
    };
}
