using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.AgileTheme.Home;

/// <summary>
/// Handler of <c>GET /</c> on every tenant where the theme is enabled: renders the theme's
/// <c>Home</c> Liquid template inside the <c>Layout</c> template, and caches the page for anonymous
/// visitors (it shows only the site settings, whose saves expire the cache).
/// </summary>
/// <remarks>
/// Services carry [FromServices] because minimal APIs would otherwise read the instance
/// <c>TryParse</c> of <see cref="ILiquidTemplateManager"/> as a route-value parser and fail at start-up.
/// </remarks>
public static class HomeEndpoint
{
    public const string Route = "/";

    internal static async Task<IResult> HandleAsync(
        HttpContext httpContext,
        [FromServices] IDocumentStore documents,
        [FromServices] ThemeLayoutRenderer layout,
        [FromServices] PublicPageCache pageCache,
        [FromServices] IStringLocalizer<HomeViewModel> localizer,
        CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var home = new HomeViewModel
        {
            SiteName = await layout.SiteNameAsync(cancellationToken),
            ContactEmail = string.IsNullOrWhiteSpace(settings.ContactEmail) ? null : settings.ContactEmail,
        };

        var page = await layout.RenderPageAsync(httpContext, "Home", home, localizer["Home"], noIndex: false, cancellationToken);
        pageCache.TryStore(httpContext, page, ThemeLayoutRenderer.HtmlContentType);
        return Results.Content(page, ThemeLayoutRenderer.HtmlContentType);
    }
}
