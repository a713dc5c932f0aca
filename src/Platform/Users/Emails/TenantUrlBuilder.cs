using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Users.Emails;

/// <summary>
/// Builds absolute URLs of the current tenant for e-mailed links. In a request to the tenant it
/// uses the request's scheme, host and PathBase. Outside one (setup started from the national
/// admin, background work) it uses the tenant's first host, else the configured
/// <see cref="PlatformOptions.PublicBaseUrl"/>, else the request's host, with the tenant's URL prefix.
/// </summary>
public sealed class TenantUrlBuilder(
    IHttpContextAccessor httpContextAccessor,
    ITenantAccessor tenantAccessor,
    IOptions<PlatformOptions> platformOptions)
{
    /// <param name="relativePath">Path inside the tenant, starting with "/" (for example "/account/login").</param>
    /// <param name="query">Query string values, URL-encoded by this method.</param>
    public string Build(string relativePath, IReadOnlyDictionary<string, string>? query = null)
    {
        var tenant = tenantAccessor.Current;
        var request = httpContextAccessor.HttpContext?.Request;
        var requestIsForTenant = request is not null
            && ReferenceEquals(request.HttpContext.Features.Get<TenantContext>()?.Settings, tenant.Settings);

        string origin;
        PathString pathBase;
        if (requestIsForTenant)
        {
            origin = $"{request!.Scheme}://{request.Host}";
            pathBase = request.PathBase;
        }
        else
        {
            var host = tenant.Settings.RequestUrlHosts.FirstOrDefault();
            var publicBaseUrl = platformOptions.Value.PublicBaseUrl?.TrimEnd('/');
            if (host is null && publicBaseUrl is null && request is null)
            {
                throw new InvalidOperationException(
                    $"Tenant '{tenant.Name}' has no host name, Platform:PublicBaseUrl is not set and no request gives one, so an absolute link cannot be built. Set Platform:PublicBaseUrl or add a host to the tenant.");
            }

            origin = host is not null ? $"{request?.Scheme ?? "https"}://{host}"
                : publicBaseUrl ?? $"{request!.Scheme}://{request.Host}";
            pathBase = string.IsNullOrEmpty(tenant.Settings.RequestUrlPrefix) ? PathString.Empty : "/" + tenant.Settings.RequestUrlPrefix;
        }

        var queryString = query is null ? QueryString.Empty : QueryString.Create(query.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)));
        return origin + pathBase.Add(relativePath) + queryString;
    }
}
