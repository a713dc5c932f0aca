using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.Endorsements;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Badges.OpenBadges.V3.Jwt;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// Resolves the current tenant's public Open Badges 3.0 documents (issuer controller document, Multikey
/// documents of its keys, credentials, revocation status lists, JWK Set), for the HTTP endpoints and for
/// in-process verification.
/// </summary>
public sealed partial class Ob3DocumentService(
    AssertionStore assertions,
    Ob3CredentialStore credentials,
    OpenBadgeCredentialIssuer credentialIssuer,
    IssuerMultikeys keys,
    EddsaRdfc2022 cryptosuite,
    Ob3Urls urls,
    TimeProvider timeProvider,
    IssuerJsonWebKeySet keySet,
    EndorsementStore endorsements,
    Ob2DocumentCache documentCache,
    ITenantAccessor tenantAccessor)
{
    private const string StatusListContentType = OpenBadgesV3.CredentialMediaType + "; charset=utf-8";

    public async Task<JsonObject> IssuerAsync(CancellationToken cancellationToken) =>
        IssuerControllerDocument.Build(urls.Issuer, await keys.ListVerificationMethodsAsync(cancellationToken));

    /// <summary>Returns the Multikey document of the Ed25519 key <paramref name="keyId"/>, active or retired, or null when there is none.</summary>
    public async Task<JsonObject?> KeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var method = (await keys.ListVerificationMethodsAsync(cancellationToken)).FirstOrDefault(m => m.KeyId == keyId);
        return method is null ? null : IssuerControllerDocument.BuildKey(urls.Issuer, method);
    }

    /// <summary>
    /// Returns the signed credential of an assertion, or null when there is no such assertion. An
    /// assertion issued before Open Badges 3.0 was enabled gets its credential signed now.
    /// </summary>
    public async Task<(AssertionIndex Assertion, string CredentialJson)?> CredentialAsync(string assertionId, CancellationToken cancellationToken)
    {
        var assertion = await assertions.FindAsync(assertionId, cancellationToken);
        if (assertion is null)
        {
            return null;
        }

        var credential = await credentialIssuer.GetOrCreateAsync(assertion, cancellationToken);
        return (assertion, credential.CredentialJson);
    }

    /// <summary>
    /// Returns the tenant's signed revocation status list from <see cref="Ob2DocumentCache"/>, signing it
    /// first when the cache has none. Revocation and key rotation drop the cached list.
    /// </summary>
    public async Task<CachedOb2Document> SignedStatusListAsync(CancellationToken cancellationToken)
    {
        var cached = await documentCache.GetOrRenderAsync(tenantAccessor.Current, urls.StatusList.AbsoluteUri, async ct =>
        {
            var body = Encoding.UTF8.GetBytes((await BuildStatusListAsync(ct)).ToJsonString());
            return new CachedOb2Document(StatusCodes.Status200OK, body, StatusListContentType, Ob2HttpResults.RevocableMaxAge);
        }, cancellationToken);
        return cached!;
    }

    /// <summary>Builds and signs the tenant's revocation BitstringStatusListCredential, with a bit set for every revoked assertion.</summary>
    private async Task<JsonObject> BuildStatusListAsync(CancellationToken cancellationToken)
    {
        var revoked = await assertions.ListRevokedAsync(cancellationToken);
        var indexes = await credentials.ListStatusListIndexesAsync(revoked.Select(a => a.AssertionId).ToList(), cancellationToken);
        return await SignStatusListAsync(urls.StatusList, indexes, cancellationToken);
    }

    /// <summary>Builds and signs the status list of the endorsements the tenant signed, with a bit set for every withdrawn one.</summary>
    public async Task<JsonObject> EndorsementStatusListAsync(CancellationToken cancellationToken) =>
        await SignStatusListAsync(urls.EndorsementStatusList, await endorsements.ListWithdrawnStatusListIndexesAsync(cancellationToken), cancellationToken);

    private async Task<JsonObject> SignStatusListAsync(Uri listUrl, IReadOnlyCollection<int> setIndexes, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var list = new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgesV3.CredentialsContextUrl),
            ["id"] = listUrl.AbsoluteUri,
            ["type"] = new JsonArray(OpenBadgesV3.VerifiableCredentialType, OpenBadgesV3.StatusListCredentialType),
            ["issuer"] = urls.Issuer.AbsoluteUri,
            ["validFrom"] = OpenBadgeCredentialBuilder.FormatUtc(now),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = listUrl.AbsoluteUri + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = "revocation",
                ["encodedList"] = BitstringStatusList.Encode(setIndexes),
            },
        };

        using var key = await keys.GetActiveSigningKeyAsync(cancellationToken);
        return await cryptosuite.CreateProofAsync(list, key.Ed25519!, urls.VerificationMethod(key.KeyId), now, cancellationToken);
    }

    /// <summary>Resolves a tenant-relative path such as "/ob3/issuer" or "/ob3/keys/{keyId}" to the JSON its endpoint serves, or null when none.</summary>
    public async Task<string?> ResolveAsync(string path, CancellationToken cancellationToken)
    {
        if (path == Ob3Urls.RoutePrefix + "/issuer")
        {
            return (await IssuerAsync(cancellationToken)).ToJsonString();
        }

        if (path == Ob3Urls.RoutePrefix + "/status/revocation")
        {
            return Encoding.UTF8.GetString((await SignedStatusListAsync(cancellationToken)).Body);
        }

        if (path == Ob3Urls.RoutePrefix + "/status/endorsements")
        {
            return (await EndorsementStatusListAsync(cancellationToken)).ToJsonString();
        }

        if (path == VcJwt.KeySetPath)
        {
            return (await keySet.BuildAsync(cancellationToken)).ToJsonString();
        }

        if (KeyPath().Match(path) is { Success: true } key)
        {
            return (await KeyAsync(key.Groups["id"].Value, cancellationToken))?.ToJsonString();
        }

        if (CredentialPath().Match(path) is { Success: true } match)
        {
            return (await CredentialAsync(match.Groups["id"].Value, cancellationToken))?.CredentialJson;
        }

        return null;
    }

    [GeneratedRegex("^/ob3/credentials/(?<id>[0-9a-f]{32})$")]
    private static partial Regex CredentialPath();

    [GeneratedRegex("^/ob3/keys/(?<id>[0-9a-f]{32})$")]
    private static partial Regex KeyPath();
}
