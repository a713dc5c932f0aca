using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Liquid;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Portfolio.Rendering;

/// <summary>
/// Renders a portfolio template inside the site theme's <c>Layout</c> template. Pages marked no-index
/// also get an <c>X-Robots-Tag: noindex</c> header, which search engines honour whatever the layout's
/// head contains.
/// </summary>
public sealed class PortfolioRenderer(ThemeLayoutRenderer layout, PublicPageCache pageCache, IAntiforgery antiforgery)
{
    public const string RobotsHeader = "X-Robots-Tag";

    public async Task<IActionResult> RenderAsync(
        HttpContext httpContext, string templateName, object model, string pageTitle, bool noIndex, CancellationToken cancellationToken)
    {
        var page = await layout.RenderPageAsync(httpContext, templateName, model, pageTitle, noIndex, cancellationToken);
        if (noIndex)
        {
            httpContext.Response.Headers[RobotsHeader] = "noindex, nofollow";
        }

        return Html(page);
    }

    /// <summary>
    /// Renders a page that every anonymous visitor sees alike (a public page at its own address) and caches it
    /// for them for at most <paramref name="maxLifetime"/>.
    /// </summary>
    public async Task<IActionResult> RenderSharedAsync(
        HttpContext httpContext, string templateName, object model, string pageTitle, TimeSpan maxLifetime, CancellationToken cancellationToken)
    {
        var page = await layout.RenderPageAsync(httpContext, templateName, model, pageTitle, noIndex: false, cancellationToken);
        pageCache.TryStore(httpContext, page, ThemeLayoutRenderer.HtmlContentType, maxLifetime);
        return Html(page);
    }

    /// <summary>Returns the antiforgery field name and token for a form of the page being rendered.</summary>
    public (string FieldName, string Token) FormTokens(HttpContext httpContext)
    {
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        return (tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static ContentResult Html(string page) =>
        new() { Content = page, ContentType = ThemeLayoutRenderer.HtmlContentType, StatusCode = StatusCodes.Status200OK };
}
