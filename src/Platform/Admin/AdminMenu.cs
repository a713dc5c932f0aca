using System.Security.Claims;
using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Admin;

/// <summary>
/// Builds the admin menu of the current request: the items of every navigation provider whose
/// feature is enabled on the current tenant, minus the items whose permission the user lacks,
/// grouped by heading and ordered by position. Scoped, so the layout and the dashboard of one
/// request share one build.
/// </summary>
public sealed class AdminMenu(
    IEnumerable<INavigationProvider> providers,
    FeatureCatalogue catalogue,
    ITenantAccessor tenantAccessor,
    IAuthorizationService authorizationService)
{
    private const string AdminRoot = "/admin";

    private IReadOnlyList<AdminMenuSection>? _sections;

    /// <summary>
    /// Returns the sections of the menu for <paramref name="user"/>. The entry whose URL best
    /// matches <paramref name="currentPath"/> (tenant-relative, as in <c>Request.Path</c>) is marked current.
    /// </summary>
    /// <exception cref="InvalidOperationException">A provider is neither in a module assembly nor marked with [Feature].</exception>
    public async Task<IReadOnlyList<AdminMenuSection>> GetSectionsAsync(ClaimsPrincipal user, PathString currentPath)
    {
        if (_sections is not null)
        {
            return _sections;
        }

        var items = await CollectVisibleItemsAsync(user);
        var current = FindCurrentItem(items, currentPath);

        _sections = items
            .GroupBy(item => item.Group ?? "", StringComparer.Ordinal)
            .OrderBy(group => group.Key.Length == 0 ? 0 : 1)
            .ThenBy(group => group.Min(item => item.Position))
            .ThenBy(group => group.Key, StringComparer.CurrentCulture)
            .Select(group => new AdminMenuSection(
                group.Key.Length == 0 ? null : group.Key,
                group.OrderBy(item => item.Position)
                    .ThenBy(item => item.Text.Value, StringComparer.CurrentCulture)
                    .Select(item => new AdminMenuEntry(item.Text.Value, item.Url, ReferenceEquals(item, current)))
                    .ToList()))
            .ToList();

        return _sections;
    }

    private async Task<List<MenuItem>> CollectVisibleItemsAsync(ClaimsPrincipal user)
    {
        var builder = new NavigationBuilder();
        foreach (var provider in providers)
        {
            var featureId = catalogue.FeatureIdOf(provider.GetType());
            if (tenantAccessor.Current.IsFeatureEnabled(featureId))
            {
                provider.BuildNavigation(builder);
            }
        }

        // Several items often share a permission: ask the authorization service once per name.
        var granted = new Dictionary<string, bool>(StringComparer.Ordinal);
        var visible = new List<MenuItem>();
        foreach (var item in builder.Items)
        {
            if (item.Permission is { } permission)
            {
                if (!granted.TryGetValue(permission, out var isGranted))
                {
                    var result = await authorizationService.AuthorizeAsync(user, PermissionPolicy.Prefix + permission);
                    isGranted = result.Succeeded;
                    granted[permission] = isGranted;
                }

                if (!isGranted)
                {
                    continue;
                }
            }

            visible.Add(item);
        }

        return visible;
    }

    /// <summary>
    /// Returns the item whose path equals <paramref name="currentPath"/>, else the item with the
    /// longest path that is a parent of it ("~/admin/badges" for "/admin/badges/12/edit"). The
    /// dashboard ("~/admin") is current only on its own page, because every admin page is below it.
    /// </summary>
    private static MenuItem? FindCurrentItem(IEnumerable<MenuItem> items, PathString currentPath)
    {
        var current = (currentPath.Value ?? "/").TrimEnd('/');
        MenuItem? best = null;
        var bestLength = -1;

        foreach (var item in items)
        {
            var path = TenantRelativePath(item.Url);
            var isExact = string.Equals(path, current, StringComparison.OrdinalIgnoreCase);
            var isParent = path != AdminRoot && current.StartsWith(path + "/", StringComparison.OrdinalIgnoreCase);
            if ((isExact || isParent) && path.Length > bestLength)
            {
                best = item;
                bestLength = path.Length;
            }
        }

        return best;
    }

    /// <summary>Turns "~/admin/badges/" or "~/admin/badges?x=1" into "/admin/badges".</summary>
    private static string TenantRelativePath(string url)
    {
        var path = url.StartsWith('~') ? url[1..] : url;
        var queryStart = path.IndexOfAny(['?', '#']);
        if (queryStart >= 0)
        {
            path = path[..queryStart];
        }

        return path.TrimEnd('/');
    }
}
