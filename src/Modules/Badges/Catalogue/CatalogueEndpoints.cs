using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Badges.Endorsements;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// Public catalogue routes of every tenant where the Badges feature is on:
/// the catalogue map, badge pages, OB 2.0 BadgeClass documents, images, and, on the national
/// tenant only, the JSON catalogue that centres synchronise from. The two HTML pages are cached for
/// anonymous visitors: they show only badge classes (content items) and the catalogue document, whose
/// changes expire the tenant's cached pages.
/// </summary>
/// <remarks>Services carry [FromServices] so that minimal APIs never read them as route-value parsers.</remarks>
public static class CatalogueEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CatalogueUrls.CatalogueJson, GetCatalogueJsonAsync);
        endpoints.MapGet(CatalogueUrls.ExtensionContext, () => Results.Json(CatalogueExtension.Context(), contentType: "application/ld+json"));
        endpoints.MapGet("/badges/images/{slug}.{format}", GetImageAsync);
        endpoints.MapGet("/badges/{slug}.json", GetBadgeClassJsonAsync);
        endpoints.MapGet(CatalogueUrls.CataloguePage, GetCataloguePageAsync);
        endpoints.MapGet("/badges/{slug}", GetBadgePageAsync);
    }

    private static async Task<Results<JsonHttpResult<JsonObject>, NotFound>> GetCatalogueJsonAsync(
        [FromServices] ITenantAccessor tenantAccessor, [FromServices] CatalogueJsonBuilder builder, CancellationToken cancellationToken)
    {
        if (!tenantAccessor.Current.Settings.IsDefault)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Json(await builder.BuildAsync(cancellationToken), contentType: "application/json");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetImageAsync(
        string slug, string format, [FromServices] BadgeClassStore store, [FromServices] BadgeClassProvider provider, CancellationToken cancellationToken)
    {
        var contentType = format switch
        {
            "svg" => "image/svg+xml",
            "png" => "image/png",
            _ => null,
        };
        var stored = contentType is null ? null : await store.FindBySlugAsync(slug, VersionOptions.Published, cancellationToken);
        var bytes = stored is null ? null : await provider.ReadImageAsync(stored, format, cancellationToken);
        return bytes is null ? TypedResults.NotFound() : TypedResults.File(bytes, contentType);
    }

    private static async Task<Results<JsonHttpResult<JsonObject>, NotFound>> GetBadgeClassJsonAsync(
        string slug, [FromServices] BadgeClassStore store, [FromServices] BadgeClassDocumentBuilder builder, CancellationToken cancellationToken)
    {
        var stored = await store.FindBySlugAsync(slug, VersionOptions.Published, cancellationToken);
        return stored is null ? TypedResults.NotFound() : TypedResults.Json(builder.Build(stored), contentType: "application/ld+json");
    }

    private static async Task<IResult> GetCataloguePageAsync(
        HttpContext httpContext,
        [FromServices] BadgeClassStore store,
        [FromServices] IDocumentStore documents,
        [FromServices] ThemeLayoutRenderer layout,
        [FromServices] PublicPageCache pageCache,
        [FromServices] IStringLocalizer<CatalogueMapViewModel> S,
        CancellationToken cancellationToken)
    {
        var catalogue = await documents.GetAsync<CatalogueDocument>(cancellationToken);
        var classes = await store.ListAsync(publishedOnly: true, cancellationToken);
        var model = CatalogueViewModelFactory.Map(catalogue, classes, httpContext.Request.PathBase);
        return await RenderAsync(httpContext, layout, pageCache, CatalogueTemplates.CatalogueMap, model, S["Badge catalogue"], cancellationToken);
    }

    private static async Task<IResult> GetBadgePageAsync(
        string slug,
        HttpContext httpContext,
        [FromServices] BadgeClassStore store,
        [FromServices] IDocumentStore documents,
        [FromServices] ThemeLayoutRenderer layout,
        [FromServices] PublicPageCache pageCache,
        [FromServices] ReceivedEndorsementReader endorsements,
        [FromServices] Ob3Urls ob3Urls,
        CancellationToken cancellationToken)
    {
        var stored = await store.FindBySlugAsync(slug, VersionOptions.Published, cancellationToken);
        if (stored is null)
        {
            return Results.NotFound();
        }

        var catalogue = await documents.GetAsync<CatalogueDocument>(cancellationToken);
        var achievementId = ob3Urls.Achievement(stored.Item.ContentItemId, stored.Part.CatalogueVersion).AbsoluteUri;
        var received = (await endorsements.ListAsync(cancellationToken)).About(achievementId);
        var model = CatalogueViewModelFactory.Page(catalogue, stored, httpContext.Request.PathBase, EndorsementViewModel.From(received, CultureInfo.CurrentUICulture));
        return await RenderAsync(httpContext, layout, pageCache, CatalogueTemplates.BadgePage, model, stored.Name, cancellationToken);
    }

    private static async Task<IResult> RenderAsync(
        HttpContext httpContext, ThemeLayoutRenderer layout, PublicPageCache pageCache, string templateName, object model, string pageTitle, CancellationToken cancellationToken)
    {
        var page = await layout.RenderPageAsync(httpContext, templateName, model, pageTitle, noIndex: false, cancellationToken);
        pageCache.TryStore(httpContext, page, ThemeLayoutRenderer.HtmlContentType);
        return Results.Content(page, ThemeLayoutRenderer.HtmlContentType);
    }
}
