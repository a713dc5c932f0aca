using System.Text;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>Writes OB 2.0 responses with the headers public documents need: cache lifetime, Vary: Accept and open CORS.</summary>
public static class Ob2HttpResults
{
    /// <summary>Cache lifetime of assertions and of the revocation list, short so that a revocation shows within minutes.</summary>
    public static readonly TimeSpan RevocableMaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Cache lifetime of documents that rarely change: issuer, badge classes, keys, class images.</summary>
    public static readonly TimeSpan StableMaxAge = TimeSpan.FromHours(1);

    /// <summary>Cache lifetime of documents that never change at their URL: keys, catalogue versions of a class, revocation notices.</summary>
    public static readonly TimeSpan FinalMaxAge = TimeSpan.FromDays(1);

    public static IResult Document(HttpContext http, Ob2Response response, Ob2Representation representation, TimeSpan maxAge)
    {
        SetPublicHeaders(http, maxAge);
        if (response.Json is null)
        {
            return Results.StatusCode(response.StatusCode);
        }

        var contentType = representation == Ob2Representation.Json ? Ob2ContentNegotiation.JsonMediaType : Ob2ContentNegotiation.JsonLdMediaType;
        return Results.Text(response.Json.ToJsonString(), contentType, Encoding.UTF8, response.StatusCode);
    }

    public static IResult Jws(HttpContext http, Ob2Response response)
    {
        if (response.Jws is null)
        {
            return Document(http, response, Ob2Representation.JsonLd, RevocableMaxAge);
        }

        SetPublicHeaders(http, RevocableMaxAge);
        return Results.Text(response.Jws, "text/plain", Encoding.ASCII, response.StatusCode);
    }

    public static IResult Image(HttpContext http, byte[] bytes, string contentType, TimeSpan maxAge)
    {
        SetPublicHeaders(http, maxAge);
        return Results.Bytes(bytes, contentType);
    }

    public static void SetPublicHeaders(HttpContext http, TimeSpan maxAge)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
        headers.Vary = "Accept";
        headers.AccessControlAllowOrigin = "*";
    }
}
