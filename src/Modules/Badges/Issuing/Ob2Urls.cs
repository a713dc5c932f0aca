using ApprenantAgile.Badges.Verification;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>
/// The absolute URLs of the current tenant's Open Badges 2.0 documents. They are ids written into
/// issued badges, so they must not depend on how a request reached the server. The base is the
/// tenant's first host name (https, or Platform:PublicBaseUrl when that is on the same host), else
/// Platform:PublicBaseUrl, followed by the tenant's URL prefix.
/// Only when neither is set does it fall back to the current request's scheme, host and path base.
/// </summary>
public sealed class Ob2Urls(ITenantAccessor tenantAccessor, IOptions<PlatformOptions> platformOptions, IHttpContextAccessor httpContextAccessor)
{
    public const string RoutePrefix = "/ob2";

    private string? _base;

    /// <summary>The tenant's public base URL without a trailing slash, such as "https://badges.app.fr/centre-lyon".</summary>
    public string Base => _base ??= ComputeBase();

    public Uri Issuer => Absolute($"{RoutePrefix}/issuer");

    public Uri RevocationList => Absolute($"{RoutePrefix}/revocations");

    public Uri Key(string keyId) => Absolute($"{RoutePrefix}/keys/{Uri.EscapeDataString(keyId)}");

    /// <summary>The badge class URL; with a catalogue version, the URL of that version's snapshot.</summary>
    public Uri BadgeClass(string badgeClassId, string? catalogueVersion = null) => catalogueVersion is null
        ? Absolute($"{RoutePrefix}/badges/{Uri.EscapeDataString(badgeClassId)}")
        : Absolute($"{RoutePrefix}/badges/{Uri.EscapeDataString(badgeClassId)}/versions/{Uri.EscapeDataString(catalogueVersion)}");

    public Uri BadgeClassImage(string badgeClassId) => Absolute($"{RoutePrefix}/badges/{Uri.EscapeDataString(badgeClassId)}/image.png");

    public Uri Assertion(string assertionId) => Absolute($"{RoutePrefix}/assertions/{assertionId}");

    public Uri SignedAssertion(string assertionId) => Absolute($"{RoutePrefix}/assertions/{assertionId}/signed");

    /// <summary>URL of a baked image: <paramref name="fileName"/> is image.png, image.svg, signed-image.png or signed-image.svg.</summary>
    public Uri AssertionImage(string assertionId, string fileName) => Absolute($"{RoutePrefix}/assertions/{assertionId}/{fileName}");

    /// <summary>The id of the signed form of an assertion: urn:uuid of its 32-hex id.</summary>
    public static Uri SignedAssertionId(string assertionId) => new($"urn:uuid:{Guid.ParseExact(assertionId, "N"):D}");

    public Uri Absolute(string tenantRelativePath) => new(Base + tenantRelativePath);

    private string ComputeBase()
    {
        var settings = tenantAccessor.Current.Settings;
        var prefix = string.IsNullOrEmpty(settings.RequestUrlPrefix) ? "" : "/" + settings.RequestUrlPrefix;

        var publicBaseUrl = platformOptions.Value.PublicBaseUrl?.TrimEnd('/');
        var host = settings.RequestUrlHosts.FirstOrDefault();
        if (host is not null)
        {
            // Platform:PublicBaseUrl on the tenant's own host names the scheme and port it is served on (a loopback
            // address or a test server); any other host is served over https on the default port.
            return LocalTenantUrls.IsOnHost(publicBaseUrl, host) ? publicBaseUrl + prefix : $"https://{host}{prefix}";
        }

        if (!string.IsNullOrEmpty(publicBaseUrl))
        {
            return publicBaseUrl + prefix;
        }

        var request = httpContextAccessor.HttpContext?.Request
            ?? throw new InvalidOperationException(
                $"Tenant '{settings.Name}' has no host name and Platform:PublicBaseUrl is not set, so badge URLs cannot be built outside a request. Set Platform:PublicBaseUrl or add a host to the tenant.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
