using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>The representation of an OB 2.0 document that a request selects with its Accept header.</summary>
public enum Ob2Representation
{
    JsonLd,
    Json,
    Html,
}

/// <summary>Content negotiation of the public OB 2.0 endpoints.</summary>
public static class Ob2ContentNegotiation
{
    public const string JsonLdMediaType = "application/ld+json";
    public const string JsonMediaType = "application/json";
    public const string HtmlMediaType = "text/html";

    /// <summary>
    /// Picks the explicitly listed type with the highest quality among application/ld+json,
    /// application/json and text/html. Ties, wildcards and a missing Accept header give JSON-LD, so
    /// verifiers sending "*/*" get the document, and browsers, which list text/html first, get the page.
    /// </summary>
    public static Ob2Representation Select(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return Ob2Representation.JsonLd;
        }

        double Quality(string mediaType) => accepted
            .Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(-1)
            .Max();

        var jsonLd = Quality(JsonLdMediaType);
        var json = Quality(JsonMediaType);
        var html = Quality(HtmlMediaType);
        if (html > 0 && html > jsonLd && html > json)
        {
            return Ob2Representation.Html;
        }

        if (json > 0 && json > jsonLd)
        {
            return Ob2Representation.Json;
        }

        return Ob2Representation.JsonLd;
    }
}
