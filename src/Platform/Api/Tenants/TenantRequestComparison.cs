using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Api.Tenants;

/// <summary>
/// Compares a create request with the tenant of the same name, so that sending the same request
/// twice returns the tenant instead of an error. Only what <see cref="TenantSettings"/> keeps is
/// compared: the URL prefix, the host names, the database provider and the recipe. The site name,
/// the administrator and the recipe parameters are only used by the setup, so they are not compared.
/// </summary>
public static class TenantRequestComparison
{
    /// <summary>Returns one localized error per setting that differs, keyed by the request's JSON property name.</summary>
    public static Dictionary<string, string[]> Differences(
        TenantSettings existing, TenantCreateRequest request, DatabaseProvider defaultProvider, IStringLocalizer localizer)
    {
        var differences = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var prefix = string.IsNullOrWhiteSpace(request.RequestUrlPrefix) ? null : request.RequestUrlPrefix.Trim();
        if (!string.Equals(existing.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase))
        {
            differences["requestUrlPrefix"] = [localizer["The tenant has the URL prefix \"{0}\", not \"{1}\".", existing.RequestUrlPrefix ?? "", prefix ?? ""]];
        }

        var hosts = request.RequestUrlHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!hosts.SetEquals(existing.RequestUrlHosts))
        {
            differences["requestUrlHosts"] = [localizer["The tenant has the host names \"{0}\", not \"{1}\".",
                string.Join(", ", existing.RequestUrlHosts), string.Join(", ", hosts.Order(StringComparer.Ordinal))]];
        }

        var provider = request.DatabaseProvider ?? defaultProvider;
        if (existing.DatabaseProvider != provider)
        {
            differences["databaseProvider"] = [localizer["The tenant uses the database provider {0}, not {1}.", existing.DatabaseProvider, provider]];
        }

        if (!string.Equals(existing.RecipeName, request.RecipeName, StringComparison.OrdinalIgnoreCase))
        {
            differences["recipe"] = [localizer["The tenant was set up with the recipe \"{0}\", not \"{1}\".", existing.RecipeName ?? "", request.RecipeName]];
        }

        return differences;
    }
}
