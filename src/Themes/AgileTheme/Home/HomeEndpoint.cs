using System.Globalization;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.AgileTheme.Home;

/// <summary>
/// Handler of <c>GET /</c> on every tenant where the theme is enabled: renders the theme's
/// <c>Home</c> Liquid template, then wraps it in the <c>Layout</c> template.
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
        [FromServices] ILiquidTemplateManager liquid,
        [FromServices] IDocumentStore documents,
        [FromServices] ITenantAccessor tenantAccessor,
        [FromServices] IAntiforgery antiforgery,
        [FromServices] IStringLocalizer<HomeViewModel> localizer,
        CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var siteName = string.IsNullOrWhiteSpace(settings.SiteName) ? tenantAccessor.Current.Name : settings.SiteName;

        var home = new HomeViewModel
        {
            SiteName = siteName,
            ContactEmail = string.IsNullOrWhiteSpace(settings.ContactEmail) ? null : settings.ContactEmail,
        };
        var body = await liquid.RenderNamedAsync("Home", home, cancellationToken: cancellationToken);

        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        var layout = new ThemeLayoutViewModel
        {
            SiteName = siteName,
            PageTitle = localizer["Home"],
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
