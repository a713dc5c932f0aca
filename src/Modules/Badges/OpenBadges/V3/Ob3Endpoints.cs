using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.OpenBadges.V3.Jwt;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// The public, anonymous Open Badges 3.0 endpoints of each tenant: the issuer's controller document, the
/// Multikey document of each issuer key, and the revocation status list. Each signed credential is served at its
/// id (application/vc+ld+json by default), with its JSON, PNG and SVG downloads.
/// </summary>
public static class Ob3Endpoints
{
    /// <summary>Largest credential the verify endpoint reads; credentials are a few kilobytes.</summary>
    public const int MaxVerifyBodyBytes = 256 * 1024;

    private const string CredentialRoute = "/ob3/credentials/{assertionId:regex(^[0-9a-f]{{32}}$)}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ob3 = endpoints.MapGroup("").AllowAnonymous();
        ob3.MapGet("/ob3/issuer", GetIssuerAsync);
        ob3.MapGet("/ob3/keys/{keyId:regex(^[0-9a-f]{{32}}$)}", GetKeyAsync);
        ob3.MapGet(CredentialRoute, GetCredentialAsync);
        ob3.MapGet(CredentialRoute + "/{fileName:regex(^credential\\.(json|png|svg)$)}", GetDownloadAsync);
        ob3.MapGet("/ob3/status/revocation", GetStatusListAsync);
        ob3.MapPost("/ob3/verify", VerifyAsync).DisableAntiforgery();
    }

    private static async Task<IResult> GetIssuerAsync(HttpContext http, Ob3DocumentService documents, CancellationToken cancellationToken)
    {
        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.StableMaxAge);
        return Results.Text((await documents.IssuerAsync(cancellationToken)).ToJsonString(), OpenBadgesV3.JsonLdMediaType, Encoding.UTF8);
    }

    /// <summary>Serves the Multikey document of an Ed25519 key, retired ones included, at the verification method id that proofs name.</summary>
    private static async Task<IResult> GetKeyAsync(HttpContext http, string keyId, Ob3DocumentService documents, CancellationToken cancellationToken)
    {
        if (await documents.KeyAsync(keyId, cancellationToken) is not { } key)
        {
            return Results.NotFound();
        }

        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.StableMaxAge);
        return Results.Text(key.ToJsonString(), OpenBadgesV3.JsonLdMediaType, Encoding.UTF8);
    }

    private static async Task<IResult> GetCredentialAsync(HttpContext http, string assertionId, Ob3DocumentService documents, Ob2Urls ob2Urls, CancellationToken cancellationToken)
    {
        if (VcJwtEndpoints.AcceptsVcJwt(http.Request))
        {
            return await VcJwtEndpoints.GetCredentialJwtAsync(http, assertionId, cancellationToken);
        }

        var mediaType = SelectMediaType(http.Request);
        if (mediaType is null)
        {
            return Results.Redirect(ob2Urls.Assertion(assertionId).AbsoluteUri);
        }

        var credential = await documents.CredentialAsync(assertionId, cancellationToken);
        if (credential is null)
        {
            return Results.NotFound();
        }

        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.StableMaxAge);
        return Results.Text(credential.Value.CredentialJson, mediaType, Encoding.UTF8);
    }

    private static async Task<IResult> GetDownloadAsync(
        HttpContext http, string assertionId, string fileName, Ob3DocumentService documents, Ob3BakedImages baker, CancellationToken cancellationToken)
    {
        var credential = await documents.CredentialAsync(assertionId, cancellationToken);
        if (credential is not { } found)
        {
            return Results.NotFound();
        }

        // A revoked badge is no longer handed out as a file; its credential URL still responds so that verifiers see the status.
        if (found.Assertion.Status == AssertionStatus.Revoked)
        {
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        var downloadName = $"badge-{assertionId}.{Path.GetExtension(fileName).TrimStart('.')}";
        if (fileName == Ob3BakedImages.JsonFileName)
        {
            return Results.File(Encoding.UTF8.GetBytes(found.CredentialJson), OpenBadgesV3.CredentialMediaType, downloadName);
        }

        var baked = await baker.BakeAsync(found.Assertion.BadgeClassId, found.CredentialJson, Path.GetExtension(fileName).TrimStart('.'), cancellationToken);
        return baked is { } image ? Results.File(image.Bytes, image.ContentType, downloadName) : Results.NotFound();
    }

    /// <summary>Serves the cached signed status list with a strong ETag, and 304 Not Modified when If-None-Match lists it.</summary>
    private static async Task<IResult> GetStatusListAsync(Ob3DocumentService documents, CancellationToken cancellationToken) =>
        new Ob2CachedDocumentResult(await documents.SignedStatusListAsync(cancellationToken), Ob2Representation.JsonLd);

    /// <summary>
    /// Verifies the credential posted as the JSON body (at most <see cref="MaxVerifyBodyBytes"/>); an
    /// optional <c>recipientEmail</c> query value is checked against the hashed identity. A body with Content-Type
    /// application/vc+jwt is verified as a VC-JWT.
    /// </summary>
    private static async Task<IResult> VerifyAsync(HttpContext http, OpenBadgeCredentialVerifier verifier, string? recipientEmail, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxVerifyBodyBytes)
        {
            return Results.Problem($"The credential is larger than {MaxVerifyBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (VcJwtEndpoints.IsVcJwtBody(http.Request))
        {
            return await VcJwtEndpoints.VerifyBodyAsync(http, recipientEmail, cancellationToken);
        }

        JsonObject? credential;
        try
        {
            credential = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException exception)
        {
            return Results.Problem($"The body is not valid JSON: {exception.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        if (credential is null || !OpenBadgeCredentialVerifier.IsCredential(credential))
        {
            return Results.Problem("The body is not a verifiable credential (a JSON object whose type contains VerifiableCredential).", statusCode: StatusCodes.Status400BadRequest);
        }

        var report = await verifier.VerifyAsync(credential, recipientEmail, cancellationToken);
        return Results.Json(CredentialVerificationResponse.From(report));
    }

    /// <summary>
    /// Picks the credential's media type from the Accept header: application/vc+ld+json unless the client
    /// asks only for application/ld+json or application/json, and null for a browser that wants HTML.
    /// </summary>
    private static string? SelectMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept) || accept.Contains(OpenBadgesV3.CredentialMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return OpenBadgesV3.CredentialMediaType;
        }

        if (accept.Contains(OpenBadgesV3.JsonLdMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return OpenBadgesV3.JsonLdMediaType;
        }

        if (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return "application/json";
        }

        return accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) ? null : OpenBadgesV3.CredentialMediaType;
    }
}
