using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Platform.Hosting;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// Serves a request for a public OB 2.0 document that <see cref="Ob2DocumentCache"/> holds, before
/// routing, authentication and the endpoint run. The documents are anonymous and the same for every
/// user and culture, so the skipped middleware could not change the response. A miss, and every request
/// for the HTML badge page, goes through the normal pipeline, whose endpoints fill the cache.
/// </summary>
public sealed class Ob2PublicDocumentShortcut(Ob2DocumentCache cache) : IPublicResponseShortcut
{
    public async ValueTask<bool> TryRespondAsync(HttpContext httpContext, TenantContext tenant)
    {
        var request = httpContext.Request;
        if (!request.Path.StartsWithSegments(Ob2Urls.RoutePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var representation = Ob2ContentNegotiation.Select(request);
        if (representation == Ob2Representation.Html)
        {
            return false;
        }

        var document = cache.Find(tenant, request);
        if (document is null)
        {
            return false;
        }

        await Ob2DocumentWriter.WriteAsync(httpContext, document, representation);
        return true;
    }
}
