using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// The public, anonymous Open Badges 2.0 endpoints of each tenant, under its base URL. JSON-LD by
/// default; application/json on request; the assertion URL also serves an HTML page to browsers.
/// A revoked assertion returns 410 Gone with its revocation reason.
/// </summary>
/// <remarks>
/// Documents are rendered once into <see cref="Ob2DocumentCache"/> and served with a strong ETag;
/// <see cref="Ob2PublicDocumentShortcut"/> serves later requests for them before routing.
/// </remarks>
public static class Ob2Endpoints
{
    private const string AssertionRoute = "/ob2/assertions/{assertionId:regex(^[0-9a-f]{{32}}$)}";

    /// <summary>Issuer URL that earlier badge class documents of the catalogue named; it redirects to the issuer.</summary>
    public const string LegacyIssuerPath = "/badges/issuer.json";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ob2 = endpoints.MapGroup("").AllowAnonymous();
        ob2.MapGet("/ob2/issuer", GetIssuerAsync);
        ob2.MapGet(LegacyIssuerPath, (HttpContext http) => Results.Redirect(http.Request.PathBase + Ob2Urls.RoutePrefix + "/issuer", permanent: true));
        ob2.MapGet("/ob2/badges/{badgeClassId}", GetBadgeClassAsync);
        ob2.MapGet("/ob2/badges/{badgeClassId}/versions/{catalogueVersion}", GetBadgeClassVersionAsync);
        ob2.MapGet("/ob2/badges/{badgeClassId}/image.png", GetBadgeClassImageAsync);
        ob2.MapGet(AssertionRoute, GetAssertionAsync);
        ob2.MapGet(AssertionRoute + "/signed", GetSignedAssertionAsync);
        ob2.MapGet(AssertionRoute + "/{fileName:regex(^(signed-)?image\\.(png|svg)$)}", GetBakedImageAsync);
        ob2.MapGet("/ob2/keys/{keyId}", GetKeyAsync);
        ob2.MapGet("/ob2/revocations", GetRevocationListAsync);
    }

    private static Task<IResult> GetIssuerAsync(HttpContext http, Ob2DocumentService documents, Ob2DocumentCache cache, ITenantAccessor tenants, CancellationToken cancellationToken) =>
        ServeAsync(http, cache, tenants, async ct => Cached(await documents.IssuerAsync(ct), Ob2HttpResults.StableMaxAge), cancellationToken);

    private static Task<IResult> GetBadgeClassAsync(
        HttpContext http, string badgeClassId, Ob2DocumentService documents, Ob2DocumentCache cache, ITenantAccessor tenants, CancellationToken cancellationToken) =>
        ServeAsync(http, cache, tenants, async ct => Cached(await documents.BadgeClassAsync(badgeClassId, null, ct), Ob2HttpResults.StableMaxAge), cancellationToken);

    // A version's URL names the class as it was in that catalogue version: its content never changes.
    private static Task<IResult> GetBadgeClassVersionAsync(
        HttpContext http, string badgeClassId, string catalogueVersion, Ob2DocumentService documents, Ob2DocumentCache cache, ITenantAccessor tenants, CancellationToken cancellationToken) =>
        ServeAsync(http, cache, tenants, async ct => Cached(await documents.BadgeClassAsync(badgeClassId, catalogueVersion, ct), Ob2HttpResults.FinalMaxAge), cancellationToken);

    private static Task<IResult> GetBadgeClassImageAsync(
        HttpContext http, string badgeClassId, Abstractions.IBadgeClassProvider badgeClasses, Ob2DocumentCache cache, ITenantAccessor tenants, CancellationToken cancellationToken) =>
        ServeAsync(http, cache, tenants, async ct =>
        {
            var image = await badgeClasses.GetImageAsync(badgeClassId, "png", ct);
            return image is null ? null : new CachedOb2Document(StatusCodes.Status200OK, image, "image/png", Ob2HttpResults.StableMaxAge);
        }, cancellationToken);

    private static async Task<IResult> GetAssertionAsync(
        HttpContext http, string assertionId, Ob2DocumentService documents, Ob2DocumentCache cache, ITenantAccessor tenants, AssertionStore store, BadgePageBuilder pages,
        CancellationToken cancellationToken)
    {
        if (Ob2ContentNegotiation.Select(http.Request) != Ob2Representation.Html)
        {
            return await ServeAsync(http, cache, tenants, async ct => Cached(await documents.AssertionAsync(assertionId, ct), Ob2HttpResults.RevocableMaxAge), cancellationToken);
        }

        var assertion = await store.FindAsync(assertionId, cancellationToken);
        if (assertion is null)
        {
            return Results.NotFound();
        }

        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.RevocableMaxAge);

        // The page follows the visitor's language cookie and shows the signed-in user's account links: shared caches must not keep it.
        http.Response.Headers.CacheControl = "private, no-cache";
        var status = assertion.Status == AssertionStatus.Revoked ? StatusCodes.Status410Gone : StatusCodes.Status200OK;
        return new RazorViewResult<BadgePageViewModel>("~/Views/Assertions/Public.cshtml", await pages.BuildAsync(assertion, cancellationToken), status);
    }

    private static Task<IResult> GetSignedAssertionAsync(
        HttpContext http, string assertionId, Ob2DocumentService documents, Ob2DocumentCache cache, ITenantAccessor tenants, CancellationToken cancellationToken) =>
        ServeAsync(http, cache, tenants, async ct => Cached(await documents.SignedAssertionAsync(assertionId, ct), Ob2HttpResults.RevocableMaxAge), cancellationToken);

    private static async Task<IResult> GetBakedImageAsync(
        HttpContext http, string assertionId, string fileName, AssertionStore store, Ob2DocumentService documents, BakedImageService baker, CancellationToken cancellationToken)
    {
        var kind = BakedImageKind.FromFileName(fileName);
        var assertion = await store.FindAsync(assertionId, cancellationToken);
        if (kind is null || assertion is null)
        {
            return Results.NotFound();
        }

        if (assertion.Status == AssertionStatus.Revoked)
        {
            return Ob2HttpResults.Document(http, await documents.AssertionAsync(assertionId, cancellationToken), Ob2Representation.JsonLd, Ob2HttpResults.RevocableMaxAge);
        }

        var bytes = await baker.BakeAsync(assertion, kind, cancellationToken);
        return bytes is null ? Results.NotFound() : Ob2HttpResults.Image(http, bytes, kind.ContentType, Ob2HttpResults.RevocableMaxAge);
    }

    // A key id names one key pair for good, so its document never changes; a retired key stays published.
    private static Task<IResult> GetKeyAsync(HttpContext http, string keyId, Ob2DocumentService documents, Ob2DocumentCache cache, ITenantAccessor tenants, CancellationToken cancellationToken) =>
        ServeAsync(http, cache, tenants, async ct => Cached(await documents.KeyAsync(keyId, ct), Ob2HttpResults.FinalMaxAge), cancellationToken);

    private static Task<IResult> GetRevocationListAsync(HttpContext http, Ob2DocumentService documents, Ob2DocumentCache cache, ITenantAccessor tenants, CancellationToken cancellationToken) =>
        ServeAsync(http, cache, tenants, async ct => Cached(await documents.RevocationListAsync(ct), Ob2HttpResults.RevocableMaxAge), cancellationToken);

    private static CachedOb2Document? Cached(Ob2Response response, TimeSpan maxAge) =>
        CachedOb2Document.From(response, maxAge, goneMaxAge: Ob2HttpResults.FinalMaxAge);

    private static async Task<IResult> ServeAsync(
        HttpContext http, Ob2DocumentCache cache, ITenantAccessor tenants, Func<CancellationToken, Task<CachedOb2Document?>> render, CancellationToken cancellationToken)
    {
        var document = await cache.GetOrRenderAsync(tenants.Current, http.Request, render, cancellationToken);
        if (document is null)
        {
            Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.RevocableMaxAge);
            return Results.NotFound();
        }

        return new Ob2CachedDocumentResult(document, Ob2ContentNegotiation.Select(http.Request));
    }
}
