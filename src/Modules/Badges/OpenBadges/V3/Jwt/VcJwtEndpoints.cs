using System.Text;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Badges.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>
/// The public VC-JWT endpoints of each tenant: the JWK Set of its RSA issuer keys, and the VC-JWT download of each
/// credential. <see cref="Ob3Endpoints"/> also serves the VC-JWT at the credential URL to clients that accept
/// application/vc+jwt, and POST /ob3/verify takes one with that Content-Type.
/// </summary>
public static class VcJwtEndpoints
{
    private const string CredentialJwtRoute = "/ob3/credentials/{assertionId:regex(^[0-9a-f]{{32}}$)}/" + VcJwt.FileName;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ob3 = endpoints.MapGroup("").AllowAnonymous();
        ob3.MapGet(VcJwt.KeySetPath, GetKeySetAsync);
        ob3.MapGet(CredentialJwtRoute, GetDownloadAsync);
    }

    /// <summary>Returns whether the request's Accept header names application/vc+jwt.</summary>
    public static bool AcceptsVcJwt(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains(VcJwt.MediaType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether the request body is a VC-JWT, by its Content-Type.</summary>
    public static bool IsVcJwtBody(HttpRequest request) =>
        request.ContentType?.StartsWith(VcJwt.MediaType, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Serves the credential of <paramref name="assertionId"/> as a VC-JWT, revoked or not, so that verifiers see its status.</summary>
    public static async Task<IResult> GetCredentialJwtAsync(HttpContext http, string assertionId, CancellationToken cancellationToken)
    {
        var documents = http.RequestServices.GetRequiredService<Ob3DocumentService>();
        var credential = await documents.CredentialAsync(assertionId, cancellationToken);
        if (credential is not { } found)
        {
            return Results.NotFound();
        }

        var jwt = await http.RequestServices.GetRequiredService<VcJwtIssuer>().SignAsync(found.CredentialJson, cancellationToken);
        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.RevocableMaxAge);
        return Results.Text(jwt, VcJwt.MediaType, Encoding.ASCII);
    }

    /// <summary>
    /// Verifies the VC-JWT posted as the body of POST /ob3/verify (at most <see cref="Ob3Endpoints.MaxVerifyBodyBytes"/>).
    /// </summary>
    public static async Task<IResult> VerifyBodyAsync(HttpContext http, string? recipientEmail, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.ASCII);
        var buffer = new char[Ob3Endpoints.MaxVerifyBodyBytes + 1];
        var length = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (length > Ob3Endpoints.MaxVerifyBodyBytes)
        {
            return Results.Problem($"The VC-JWT is larger than {Ob3Endpoints.MaxVerifyBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var verifier = http.RequestServices.GetRequiredService<VcJwtVerifier>();
        var report = await verifier.VerifyAsync(new string(buffer, 0, length), recipientEmail, cancellationToken);
        return Results.Json(CredentialVerificationResponse.From(report));
    }

    private static async Task<IResult> GetKeySetAsync(HttpContext http, IssuerJsonWebKeySet keySet, CancellationToken cancellationToken)
    {
        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.RevocableMaxAge);
        return Results.Text((await keySet.BuildAsync(cancellationToken)).ToJsonString(), VcJwt.KeySetMediaType, Encoding.UTF8);
    }

    /// <summary>The VC-JWT as a file for "Mes badges"; like the other downloads, a revoked badge is no longer handed out.</summary>
    private static async Task<IResult> GetDownloadAsync(HttpContext http, string assertionId, Ob3DocumentService documents, VcJwtIssuer issuer, CancellationToken cancellationToken)
    {
        var credential = await documents.CredentialAsync(assertionId, cancellationToken);
        if (credential is not { } found)
        {
            return Results.NotFound();
        }

        if (found.Assertion.Status == AssertionStatus.Revoked)
        {
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        var jwt = await issuer.SignAsync(found.CredentialJson, cancellationToken);
        return Results.File(Encoding.ASCII.GetBytes(jwt), VcJwt.MediaType, $"badge-{assertionId}.jwt");
    }
}
