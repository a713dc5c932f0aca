using ApprenantAgile.Badges.Assertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// The public, anonymous Open Badges 2.0 endpoints of each tenant, under its base URL. JSON-LD by
/// default; application/json on request; the assertion URL also serves an HTML page to browsers.
/// A revoked assertion returns 410 Gone with its revocation reason.
/// </summary>
public static class Ob2Endpoints
{
    private const string AssertionRoute = "/ob2/assertions/{assertionId:regex(^[0-9a-f]{{32}}$)}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ob2 = endpoints.MapGroup("").AllowAnonymous();
        ob2.MapGet("/ob2/issuer", GetIssuerAsync);
        ob2.MapGet("/ob2/badges/{badgeClassId}", GetBadgeClassAsync);
        ob2.MapGet("/ob2/badges/{badgeClassId}/versions/{catalogueVersion}", GetBadgeClassVersionAsync);
        ob2.MapGet("/ob2/badges/{badgeClassId}/image.png", GetBadgeClassImageAsync);
        ob2.MapGet(AssertionRoute, GetAssertionAsync);
        ob2.MapGet(AssertionRoute + "/signed", GetSignedAssertionAsync);
        ob2.MapGet(AssertionRoute + "/{fileName:regex(^(signed-)?image\\.(png|svg)$)}", GetBakedImageAsync);
        ob2.MapGet("/ob2/keys/{keyId}", GetKeyAsync);
        ob2.MapGet("/ob2/revocations", GetRevocationListAsync);
    }

    private static async Task<IResult> GetIssuerAsync(HttpContext http, Ob2DocumentService documents, CancellationToken cancellationToken) =>
        Ob2HttpResults.Document(http, await documents.IssuerAsync(cancellationToken), Ob2ContentNegotiation.Select(http.Request), Ob2HttpResults.StableMaxAge);

    private static async Task<IResult> GetBadgeClassAsync(HttpContext http, string badgeClassId, Ob2DocumentService documents, CancellationToken cancellationToken) =>
        Ob2HttpResults.Document(http, await documents.BadgeClassAsync(badgeClassId, null, cancellationToken), Ob2ContentNegotiation.Select(http.Request), Ob2HttpResults.StableMaxAge);

    private static async Task<IResult> GetBadgeClassVersionAsync(HttpContext http, string badgeClassId, string catalogueVersion, Ob2DocumentService documents, CancellationToken cancellationToken) =>
        Ob2HttpResults.Document(http, await documents.BadgeClassAsync(badgeClassId, catalogueVersion, cancellationToken), Ob2ContentNegotiation.Select(http.Request), Ob2HttpResults.StableMaxAge);

    private static async Task<IResult> GetBadgeClassImageAsync(HttpContext http, string badgeClassId, Abstractions.IBadgeClassProvider badgeClasses, CancellationToken cancellationToken)
    {
        var image = await badgeClasses.GetImageAsync(badgeClassId, "png", cancellationToken);
        return image is null ? Results.NotFound() : Ob2HttpResults.Image(http, image, "image/png", Ob2HttpResults.StableMaxAge);
    }

    private static async Task<IResult> GetAssertionAsync(
        HttpContext http, string assertionId, Ob2DocumentService documents, AssertionStore store, BadgePageBuilder pages, CancellationToken cancellationToken)
    {
        var representation = Ob2ContentNegotiation.Select(http.Request);
        if (representation != Ob2Representation.Html)
        {
            return Ob2HttpResults.Document(http, await documents.AssertionAsync(assertionId, cancellationToken), representation, Ob2HttpResults.RevocableMaxAge);
        }

        var assertion = await store.FindAsync(assertionId, cancellationToken);
        if (assertion is null)
        {
            return Results.NotFound();
        }

        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.RevocableMaxAge);
        var status = assertion.Status == AssertionStatus.Revoked ? StatusCodes.Status410Gone : StatusCodes.Status200OK;
        return new RazorViewResult<BadgePageViewModel>("~/Views/Assertions/Public.cshtml", await pages.BuildAsync(assertion, cancellationToken), status);
    }

    private static async Task<IResult> GetSignedAssertionAsync(HttpContext http, string assertionId, Ob2DocumentService documents, CancellationToken cancellationToken) =>
        Ob2HttpResults.Jws(http, await documents.SignedAssertionAsync(assertionId, cancellationToken));

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

    private static async Task<IResult> GetKeyAsync(HttpContext http, string keyId, Ob2DocumentService documents, CancellationToken cancellationToken) =>
        Ob2HttpResults.Document(http, await documents.KeyAsync(keyId, cancellationToken), Ob2ContentNegotiation.Select(http.Request), Ob2HttpResults.StableMaxAge);

    private static async Task<IResult> GetRevocationListAsync(HttpContext http, Ob2DocumentService documents, CancellationToken cancellationToken) =>
        Ob2HttpResults.Document(http, await documents.RevocationListAsync(cancellationToken), Ob2ContentNegotiation.Select(http.Request), Ob2HttpResults.RevocableMaxAge);
}
