using System.Globalization;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.AccountLinks;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.AgileTheme.Home;

/// <summary>Example data for previewing the theme's <c>Home</c> and <c>Layout</c> templates, from the site's settings.</summary>
public sealed class ThemeTemplateSamples(
    IDocumentStore documents,
    ITenantAccessor tenantAccessor,
    IStringLocalizer<ThemeTemplateSamples> S) : ILiquidTemplateSampleProvider
{
    public const string HomeTemplate = "Home";

    public const string LayoutTemplate = "Layout";

    public async ValueTask<LiquidTemplateSample?> GetSampleAsync(string templateName, CancellationToken cancellationToken = default)
    {
        var isHome = string.Equals(templateName, HomeTemplate, StringComparison.OrdinalIgnoreCase);
        var isLayout = string.Equals(templateName, LayoutTemplate, StringComparison.OrdinalIgnoreCase);
        if (!isHome && !isLayout)
        {
            return null;
        }

        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var siteName = string.IsNullOrWhiteSpace(settings.SiteName) ? tenantAccessor.Current.Name : settings.SiteName;
        if (isHome)
        {
            return new LiquidTemplateSample(new HomeViewModel
            {
                SiteName = siteName,
                ContactEmail = string.IsNullOrWhiteSpace(settings.ContactEmail) ? null : settings.ContactEmail,
            });
        }

        var layout = new LayoutViewModel
        {
            SiteName = siteName,
            PageTitle = S["Preview"],
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            ReturnUrl = "~/",
            Account = new AccountNavigationViewModel
            {
                IsSignedIn = true,
                UserName = "apprenante@example.org",
                Links = [new AccountNavigationLink { Text = S["My space"], Url = "#", AriaCurrent = "page" }],
                SignOutUrl = "#",
                AntiforgeryFieldName = "__RequestVerificationToken",
                AntiforgeryToken = "preview",
            },
        };
        var content = new LiquidHtml($"<p>{System.Net.WebUtility.HtmlEncode(S["The page content goes here."])}</p>");
        return new LiquidTemplateSample(layout, new Dictionary<string, object?> { ["content"] = content });
    }
}
