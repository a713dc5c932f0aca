using System.Globalization;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Portfolio.Rendering;

/// <summary>
/// Renders a portfolio template and wraps it in the site theme's <c>Layout</c> template. Pages
/// marked no-index also get an <c>X-Robots-Tag: noindex</c> header, which search engines honour
/// whatever the layout's head contains.
/// </summary>
public sealed class PortfolioRenderer(
    ILiquidTemplateManager liquid,
    IDocumentStore documents,
    ITenantAccessor tenantAccessor,
    IAntiforgery antiforgery)
{
    public const string RobotsHeader = "X-Robots-Tag";

    public async Task<IActionResult> RenderAsync(
        HttpContext httpContext, string templateName, object model, string pageTitle, bool noIndex, CancellationToken cancellationToken)
    {
        var body = await liquid.RenderNamedAsync(templateName, model, cancellationToken: cancellationToken);

        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var layout = new PortfolioLayoutViewModel
        {
            SiteName = string.IsNullOrWhiteSpace(settings.SiteName) ? tenantAccessor.Current.Name : settings.SiteName,
            PageTitle = pageTitle,
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            ReturnUrl = "~" + httpContext.Request.Path + httpContext.Request.QueryString,
            AntiforgeryFieldName = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken ?? "",
            NoIndex = noIndex,
        };
        var page = await liquid.RenderNamedAsync("Layout", layout,
            new Dictionary<string, object?> { ["content"] = new LiquidHtml(body) }, cancellationToken: cancellationToken);

        if (noIndex)
        {
            httpContext.Response.Headers[RobotsHeader] = "noindex, nofollow";
        }

        return new ContentResult { Content = page, ContentType = "text/html; charset=utf-8", StatusCode = StatusCodes.Status200OK };
    }

    /// <summary>Returns the antiforgery field name and token for a form of the page being rendered.</summary>
    public (string FieldName, string Token) FormTokens(HttpContext httpContext)
    {
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        return (tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}
