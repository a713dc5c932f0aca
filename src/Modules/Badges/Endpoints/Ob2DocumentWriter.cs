using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// Writes a <see cref="CachedOb2Document"/> with its public headers and strong entity tag, and returns
/// 304 Not Modified when the request's If-None-Match lists that tag.
/// </summary>
public static class Ob2DocumentWriter
{
    public static Task WriteAsync(HttpContext http, CachedOb2Document document, Ob2Representation representation)
    {
        var response = http.Response;
        Ob2HttpResults.SetPublicHeaders(http, document.MaxAge);

        // Preconditions apply only to a response that would be 2xx (RFC 9110, section 13.2.1), so a 410 carries no tag.
        if (document.StatusCode is >= 200 and < 300)
        {
            var entityTag = document.EntityTag(representation);
            response.Headers.ETag = entityTag;
            if (IfNoneMatchIncludes(http.Request, entityTag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }

        response.StatusCode = document.StatusCode;
        response.ContentType = document.ContentType ?? (representation == Ob2Representation.Json
            ? Ob2ContentNegotiation.JsonMediaType + "; charset=utf-8"
            : Ob2ContentNegotiation.JsonLdMediaType + "; charset=utf-8");
        response.ContentLength = document.Body.Length;
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(document.Body).AsTask();
    }

    /// <summary>Applies the weak comparison that If-None-Match uses: "W/" prefixes are ignored and "*" matches any tag.</summary>
    private static bool IfNoneMatchIncludes(HttpRequest request, string entityTag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var expected = new EntityTagHeaderValue(entityTag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(expected, useStrongComparison: false));
    }
}
