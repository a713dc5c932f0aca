using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Admin.Navigation;

/// <summary>An admin menu item: localized text, a URL relative to the tenant, and an optional required permission.</summary>
public sealed record MenuItem(LocalizedString Text, string Url, int Position, string? Permission, string? Group);

/// <summary>Collects the admin menu items that navigation providers add.</summary>
public sealed class NavigationBuilder
{
    private readonly List<MenuItem> _items = [];

    public IReadOnlyList<MenuItem> Items => _items;

    /// <param name="text">Localized text shown in the menu.</param>
    /// <param name="url">Tenant-relative URL starting with "~/" (for example "~/admin/contents").</param>
    /// <param name="position">Ordering key; lower comes first.</param>
    /// <param name="permission">Permission name the user needs to see the item, or null.</param>
    /// <param name="group">Localized heading the item sits under, or null for the top level.</param>
    public NavigationBuilder Add(LocalizedString text, string url, int position = 0, string? permission = null, string? group = null)
    {
        _items.Add(new MenuItem(text, url, position, permission, group));
        return this;
    }
}
