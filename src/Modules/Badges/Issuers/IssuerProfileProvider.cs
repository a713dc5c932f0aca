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
/// The result is cached per tenant (<see cref="IssuerProfileCache"/>), because every badge page asks for it.
/// </summary>
public sealed class IssuerProfileProvider(
    IContentManager contentManager,
    IDocumentStore documents,
    ITenantAccessor tenantAccessor,
    TenantUrlBuilder urls,
    IssuerProfileCache cache) : IIssuerProfileProvider
{
    public Task<IssuerProfileInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        var siteUrl = urls.Build("/");
        return cache.GetOrLoadAsync(tenantAccessor.Current, siteUrl, ct => LoadAsync(new Uri(siteUrl), ct), cancellationToken);
    }

    private async Task<IssuerProfileInfo> LoadAsync(Uri siteUrl, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var siteName = string.IsNullOrWhiteSpace(settings.SiteName) ? tenantAccessor.Current.Name : settings.SiteName;
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
