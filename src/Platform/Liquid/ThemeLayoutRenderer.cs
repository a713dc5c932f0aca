using System.Globalization;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.AccountLinks;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Renders a page template and wraps it in the site theme's <c>Layout</c> template, the one way every public
/// page (home, catalogue, portfolio, Razor pages) builds its <see cref="LayoutViewModel"/>. A tenant's override
/// of <c>Layout</c> therefore changes all of them.
/// </summary>
public sealed class ThemeLayoutRenderer(
    ILiquidTemplateManager liquid, IDocumentStore documents, ITenantAccessor tenantAccessor, AccountNavigation accountNavigation)
{
    public const string LayoutTemplate = "Layout";

    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>Renders the named template with <paramref name="model"/>, then the layout around it.</summary>
    public async Task<string> RenderPageAsync(
        HttpContext httpContext, string templateName, object model, string pageTitle, bool noIndex, CancellationToken cancellationToken)
    {
        var body = await liquid.RenderNamedAsync(templateName, model, cancellationToken: cancellationToken);
        return await RenderLayoutAsync(httpContext, body, pageTitle, noIndex, cancellationToken);
    }

    /// <summary>Renders the layout around <paramref name="bodyHtml"/>, which must already be safe HTML.</summary>
    public async Task<string> RenderLayoutAsync(
        HttpContext httpContext, string bodyHtml, string pageTitle, bool noIndex, CancellationToken cancellationToken)
    {
        var layout = await CreateModelAsync(httpContext, pageTitle, noIndex, cancellationToken);
        var values = new Dictionary<string, object?> { ["content"] = new LiquidHtml(bodyHtml) };
        return await liquid.RenderNamedAsync(LayoutTemplate, layout, values, cancellationToken: cancellationToken);
    }

    /// <summary>Builds the layout model of the current request: site name, title, culture, return URL and account navigation.</summary>
    public async Task<LayoutViewModel> CreateModelAsync(HttpContext httpContext, string pageTitle, bool noIndex, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        return new()
        {
            SiteName = await SiteNameAsync(cancellationToken),
            PageTitle = pageTitle,
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            ReturnUrl = "~" + request.Path + request.QueryString,
            NoIndex = noIndex,
            Account = await accountNavigation.BuildAsync(httpContext),
        };
    }

    /// <summary>Returns the site name from the site settings, or the tenant's name when none is set.</summary>
    public async Task<string> SiteNameAsync(CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        return string.IsNullOrWhiteSpace(settings.SiteName) ? tenantAccessor.Current.Name : settings.SiteName;
    }
}
