using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Badges.Verification;

/// <summary>
/// Recognises URLs of this deployment's tenants, with the same base rule as <see cref="Issuing.Ob2Urls"/>
/// (first host, or Platform:PublicBaseUrl when it is on that host, else Platform:PublicBaseUrl; then the tenant's
/// prefix), so that the verifier reads
/// their documents in-process instead of calling itself over HTTP.
/// </summary>
public static class LocalTenantUrls
{
    /// <summary>Finds the running tenant whose public base starts <paramref name="url"/>, and the tenant-relative path.</summary>
    public static (TenantSettings Tenant, string Path)? Match(Uri url, IEnumerable<TenantSettings> tenants, string? publicBaseUrl)
    {
        (TenantSettings, string)? best = null;
        var bestLength = -1;
        foreach (var tenant in tenants.Where(t => t.State == TenantState.Running))
        {
            foreach (var candidate in Bases(tenant, publicBaseUrl))
            {
                var text = url.GetLeftPart(UriPartial.Path);
                if (text.StartsWith(candidate + "/", StringComparison.OrdinalIgnoreCase) && candidate.Length > bestLength)
                {
                    best = (tenant, text[candidate.Length..]);
                    bestLength = candidate.Length;
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> Bases(TenantSettings tenant, string? publicBaseUrl)
    {
        var prefix = string.IsNullOrEmpty(tenant.RequestUrlPrefix) ? "" : "/" + tenant.RequestUrlPrefix;
        foreach (var host in tenant.RequestUrlHosts)
        {
            yield return $"https://{host}{prefix}";
            yield return $"http://{host}{prefix}";
            if (IsOnHost(publicBaseUrl, host))
            {
                yield return publicBaseUrl!.TrimEnd('/') + prefix;
            }
        }

        if (tenant.RequestUrlHosts.Count == 0 && !string.IsNullOrEmpty(publicBaseUrl))
        {
            yield return publicBaseUrl.TrimEnd('/') + prefix;
        }
    }

    /// <summary>Whether <paramref name="publicBaseUrl"/> is an absolute URL on <paramref name="host"/> (any scheme or port).</summary>
    public static bool IsOnHost(string? publicBaseUrl, string host) =>
        Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var baseUrl)
        && string.Equals(baseUrl.Host, host, StringComparison.OrdinalIgnoreCase);
}
