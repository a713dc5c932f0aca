using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>An endpoint result that writes a cached document through <see cref="Ob2DocumentWriter"/>.</summary>
public sealed class Ob2CachedDocumentResult(CachedOb2Document document, Ob2Representation representation) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => Ob2DocumentWriter.WriteAsync(httpContext, document, representation);
}
