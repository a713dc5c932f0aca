using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>The tenant a request is for, and the URL prefix that selected it (null when the host did).</summary>
public sealed record TenantMatch(TenantSettings Settings, string? Prefix);

/// <summary>
/// Picks the tenant of a request: by host name first, then by the first path segment. The national
/// tenant answers at "/" on its own hosts, or on any host no tenant claims when it declares none.
/// An unknown host or prefix matches nothing, so it gets a 404 rather than the national site.
/// </summary>
public sealed class TenantResolver(TenantHost host)
{
    public TenantMatch? Resolve(HostString requestHost, PathString path)
    {
        var hostName = requestHost.Host.ToLowerInvariant();
        var firstSegment = FirstSegment(path);
        var tenants = host.AllSettings;

        var byHost = tenants.Where(t => t.RequestUrlHosts.Any(h => string.Equals(h, hostName, StringComparison.OrdinalIgnoreCase))).ToList();
        var anyHost = tenants.Where(t => t.RequestUrlHosts.Count == 0).ToList();

        if (firstSegment is not null)
        {
            var prefixed = byHost.FirstOrDefault(t => IsPrefix(t, firstSegment))
                ?? anyHost.FirstOrDefault(t => IsPrefix(t, firstSegment));
            if (prefixed is not null)
            {
                return new TenantMatch(prefixed, prefixed.RequestUrlPrefix);
            }
        }

        var hostOnly = byHost.FirstOrDefault(t => string.IsNullOrEmpty(t.RequestUrlPrefix));
        if (hostOnly is not null)
        {
            return new TenantMatch(hostOnly, null);
        }

        if (byHost.Count > 0)
        {
            return null;
        }

        var fallback = anyHost.FirstOrDefault(t => t.IsDefault && string.IsNullOrEmpty(t.RequestUrlPrefix));
        return fallback is null ? null : new TenantMatch(fallback, null);
    }

    private static bool IsPrefix(TenantSettings tenant, string segment) =>
        !string.IsNullOrEmpty(tenant.RequestUrlPrefix)
        && string.Equals(tenant.RequestUrlPrefix, segment, StringComparison.OrdinalIgnoreCase);

    private static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == "/")
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}
