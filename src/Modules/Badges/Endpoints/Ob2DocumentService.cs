using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Issuing;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>Resolves the current tenant's public OB 2.0 documents, for the HTTP endpoints and for in-process verification.</summary>
public sealed partial class Ob2DocumentService(AssertionStore store, IBadgeClassProvider badgeClasses, Ob2DocumentFactory documents)
{
    public async Task<Ob2Response> IssuerAsync(CancellationToken cancellationToken) =>
        Ob2Response.Ok(await documents.IssuerAsync(cancellationToken));

    /// <summary>Returns the badge class, or with <paramref name="catalogueVersion"/> the class as it was in that version (current class or an assertion's snapshot).</summary>
    public async Task<Ob2Response> BadgeClassAsync(string badgeClassId, string? catalogueVersion, CancellationToken cancellationToken)
    {
        var badgeClass = await FindBadgeClassAsync(badgeClassId, catalogueVersion, cancellationToken);
        return badgeClass is null ? Ob2Response.NotFound : Ob2Response.Ok(documents.BadgeClass(badgeClass, versioned: catalogueVersion is not null));
    }

    public async Task<BadgeClassInfo?> FindBadgeClassAsync(string badgeClassId, string? catalogueVersion, CancellationToken cancellationToken)
    {
        var current = await badgeClasses.GetAsync(badgeClassId, cancellationToken);
        if (catalogueVersion is null || current?.CatalogueVersion == catalogueVersion)
        {
            return current;
        }

        var snapshot = await store.FindSnapshotAsync(badgeClassId, catalogueVersion, cancellationToken);
        return snapshot is null ? null : BadgeClassSnapshot.Deserialize(snapshot);
    }

    /// <summary>Returns the hosted assertion (200), its revocation notice (410), or 404.</summary>
    public async Task<Ob2Response> AssertionAsync(string assertionId, CancellationToken cancellationToken)
    {
        var assertion = await store.FindAsync(assertionId, cancellationToken);
        return assertion switch
        {
            null => Ob2Response.NotFound,
            { Status: AssertionStatus.Revoked } => new Ob2Response(410, documents.RevokedAssertion(assertion)),
            _ => Ob2Response.Ok(documents.HostedAssertion(assertion)),
        };
    }

    /// <summary>Returns the signed assertion's compact JWS (200), 410 when revoked, or 404.</summary>
    public async Task<Ob2Response> SignedAssertionAsync(string assertionId, CancellationToken cancellationToken)
    {
        var assertion = await store.FindAsync(assertionId, cancellationToken);
        return assertion switch
        {
            null => Ob2Response.NotFound,
            { Status: AssertionStatus.Revoked } => new Ob2Response(410, documents.RevokedAssertion(assertion)),
            _ => new Ob2Response(200, Jws: assertion.SignedJws),
        };
    }

    public async Task<Ob2Response> KeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var key = await documents.KeyAsync(keyId, cancellationToken);
        return key is null ? Ob2Response.NotFound : Ob2Response.Ok(key);
    }

    public async Task<Ob2Response> RevocationListAsync(CancellationToken cancellationToken) =>
        Ob2Response.Ok(documents.RevocationList(await store.ListRevokedAsync(cancellationToken)));

    /// <summary>Resolves a tenant-relative path such as "/ob2/assertions/{id}" to the document that its endpoint serves.</summary>
    public Task<Ob2Response> ResolveAsync(string path, CancellationToken cancellationToken)
    {
        if (path == Ob2Urls.RoutePrefix + "/issuer")
        {
            return IssuerAsync(cancellationToken);
        }

        if (path == Ob2Urls.RoutePrefix + "/revocations")
        {
            return RevocationListAsync(cancellationToken);
        }

        if (AssertionPath().Match(path) is { Success: true } assertion)
        {
            return assertion.Groups["signed"].Success
                ? SignedAssertionAsync(assertion.Groups["id"].Value, cancellationToken)
                : AssertionAsync(assertion.Groups["id"].Value, cancellationToken);
        }

        if (BadgeClassPath().Match(path) is { Success: true } badge)
        {
            var version = badge.Groups["version"].Success ? Uri.UnescapeDataString(badge.Groups["version"].Value) : null;
            return BadgeClassAsync(Uri.UnescapeDataString(badge.Groups["id"].Value), version, cancellationToken);
        }

        if (KeyPath().Match(path) is { Success: true } key)
        {
            return KeyAsync(Uri.UnescapeDataString(key.Groups["id"].Value), cancellationToken);
        }

        return Task.FromResult(Ob2Response.NotFound);
    }

    [GeneratedRegex("^/ob2/assertions/(?<id>[0-9a-f]{32})(?<signed>/signed)?$")]
    private static partial Regex AssertionPath();

    [GeneratedRegex("^/ob2/badges/(?<id>[^/]+)(/versions/(?<version>[^/]+))?$")]
    private static partial Regex BadgeClassPath();

    [GeneratedRegex("^/ob2/keys/(?<id>[^/]+)$")]
    private static partial Regex KeyPath();
}
