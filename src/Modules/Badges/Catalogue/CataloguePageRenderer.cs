using System.Globalization;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Renders a catalogue template and wraps it in the site theme's <c>Layout</c> template.</summary>
public sealed class CataloguePageRenderer(
    ILiquidTemplateManager liquid,
    IDocumentStore documents,
    ITenantAccessor tenantAccessor,
    IAntiforgery antiforgery)
{
    public async Task<IResult> RenderAsync(HttpContext httpContext, string templateName, object model, string pageTitle, CancellationToken cancellationToken)
    {
        var body = await liquid.RenderNamedAsync(templateName, model, cancellationToken: cancellationToken);

        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var layout = new CatalogueLayoutViewModel
        {
            SiteName = string.IsNullOrWhiteSpace(settings.SiteName) ? tenantAccessor.Current.Name : settings.SiteName,
            PageTitle = pageTitle,
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            ReturnUrl = "~" + httpContext.Request.Path + httpContext.Request.QueryString,
            AntiforgeryFieldName = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken ?? "",
        };
        var page = await liquid.RenderNamedAsync("Layout", layout,
            new Dictionary<string, object?> { ["content"] = new LiquidHtml(body) }, cancellationToken: cancellationToken);

        return Results.Content(page, "text/html; charset=utf-8");
    }
}
