using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Emails;

namespace ApprenantAgile.Badges.Issuers;

/// <summary>
/// <see cref="IIssuerProfileProvider"/> over the tenant's published IssuerProfile item. Without one,
/// the issuer is the site: its name, its home page URL and its contact e-mail from the site settings.
/// </summary>
public sealed class IssuerProfileProvider(
    IContentManager contentManager,
    IDocumentStore documents,
    ITenantAccessor tenantAccessor,
    TenantUrlBuilder urls) : IIssuerProfileProvider
{
    public async Task<IssuerProfileInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var siteName = string.IsNullOrWhiteSpace(settings.SiteName) ? tenantAccessor.Current.Name : settings.SiteName;
        var siteUrl = new Uri(urls.Build("/"));
        var siteEmail = settings.ContactEmail ?? "";

        var page = await contentManager.QueryAsync(new ContentQuery
        {
            ContentTypes = [BadgeContentTypes.IssuerProfile],
            Version = VersionOptions.Published,
            PageSize = 1,
        }, cancellationToken);

        if (page.Items.Count == 0)
        {
            return new IssuerProfileInfo(siteName, siteUrl, siteEmail, null, null);
        }

        var item = page.Items[0];
        var part = IssuerProfilePart.Read(item);
        return new IssuerProfileInfo(
            string.IsNullOrWhiteSpace(item.DisplayText) ? siteName : item.DisplayText,
            Uri.TryCreate(part.Url, UriKind.Absolute, out var url) ? url : siteUrl,
            string.IsNullOrWhiteSpace(part.Email) ? siteEmail : part.Email,
            part.Description,
            part.ImagePath);
    }
}
