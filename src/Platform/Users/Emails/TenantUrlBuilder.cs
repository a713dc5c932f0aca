using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Users.Emails;

/// <summary>
/// Builds absolute URLs of the current tenant for e-mailed links. In a request to the tenant it
/// uses the request's scheme, host and PathBase. Outside one (setup started from the national
/// admin, background work) it uses the tenant's first host and its URL prefix.
/// </summary>
public sealed class TenantUrlBuilder(IHttpContextAccessor httpContextAccessor, ITenantAccessor tenantAccessor)
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
            if (host is null && request is null)
            {
                throw new InvalidOperationException(
                    $"Tenant '{tenant.Name}' has no host name and no request gives one, so an absolute link cannot be built. Add a host to the tenant's settings.");
            }

            origin = host is null ? $"{request!.Scheme}://{request.Host}" : $"{request?.Scheme ?? "https"}://{host}";
            pathBase = string.IsNullOrEmpty(tenant.Settings.RequestUrlPrefix) ? PathString.Empty : "/" + tenant.Settings.RequestUrlPrefix;
        }

        var queryString = query is null ? QueryString.Empty : QueryString.Create(query.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)));
        return origin + pathBase.Add(relativePath) + queryString;
    }
}
