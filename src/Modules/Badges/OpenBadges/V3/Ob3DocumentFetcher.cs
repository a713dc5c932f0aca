using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Verification;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// Fetches the issuer documents and status lists that verifying a credential needs. URLs of this
/// deployment's tenants are resolved in-process; other URLs must be https and go through
/// <see cref="RemoteDocumentClient"/>, which only connects to public addresses.
/// </summary>
public sealed partial class Ob3DocumentFetcher(TenantHost tenantHost, RemoteDocumentClient remote, IOptions<PlatformOptions> platformOptions)
{
    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var local = LocalTenantUrls.Match(url, tenantHost.AllSettings, platformOptions.Value.PublicBaseUrl);
        if (local is { } match)
        {
            await using var scope = await tenantHost.CreateScopeAsync(match.Tenant.Name);
            if (!scope.Context.IsFeatureEnabled(Ob2DocumentFetcher.BadgesFeatureId))
            {
                return new FetchedDocument(404, "");
            }

            var body = await scope.ServiceProvider.GetRequiredService<Ob3DocumentService>().ResolveAsync(match.Path, cancellationToken);
            return body is null ? new FetchedDocument(404, "") : new FetchedDocument(200, body);
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return FetchedDocument.Failed($"'{url}' is not an https URL; Open Badges 3.0 issuer documents and status lists are only fetched over https.");
        }

        return await remote.FetchAsync(url, cancellationToken);
    }

    /// <summary>Returns the revocation reason this deployment keeps for a credential of one of its tenants, or null.</summary>
    public async Task<string?> FindLocalRevocationReasonAsync(Uri credentialId, CancellationToken cancellationToken)
    {
        var local = LocalTenantUrls.Match(credentialId, tenantHost.AllSettings, platformOptions.Value.PublicBaseUrl);
        if (local is not { } match || CredentialPath().Match(match.Path) is not { Success: true } path)
        {
            return null;
        }

        await using var scope = await tenantHost.CreateScopeAsync(match.Tenant.Name);
        var assertion = await scope.ServiceProvider.GetRequiredService<AssertionStore>().FindAsync(path.Groups["id"].Value, cancellationToken);
        return assertion?.RevocationReason;
    }

    [GeneratedRegex("^/ob3/credentials/(?<id>[0-9a-f]{32})$")]
    private static partial Regex CredentialPath();
}
