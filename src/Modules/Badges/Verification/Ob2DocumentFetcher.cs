using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.Verification;

/// <summary>
/// Fetches the documents a verification needs. URLs of this deployment's tenants are resolved
/// in-process, in a scope of the tenant they belong to; any other URL goes to <see cref="RemoteDocumentClient"/>.
/// </summary>
public sealed class Ob2DocumentFetcher(TenantHost tenantHost, RemoteDocumentClient remote, IOptions<PlatformOptions> platformOptions)
{
    public const string BadgesFeatureId = "ApprenantAgile.Badges";

    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return FetchedDocument.Failed($"'{url}' is not an absolute http or https URL.");
        }

        var local = LocalTenantUrls.Match(url, tenantHost.AllSettings, platformOptions.Value.PublicBaseUrl);
        if (local is not { } match)
        {
            return await remote.FetchAsync(url, cancellationToken);
        }

        await using var scope = await tenantHost.CreateScopeAsync(match.Tenant.Name);
        if (!scope.Context.IsFeatureEnabled(BadgesFeatureId))
        {
            return new FetchedDocument(404, "");
        }

        var documents = scope.ServiceProvider.GetRequiredService<Ob2DocumentService>();
        var response = await documents.ResolveAsync(match.Path, cancellationToken);
        return new FetchedDocument(response.StatusCode, response.Jws ?? response.Json?.ToJsonString() ?? "");
    }
}
