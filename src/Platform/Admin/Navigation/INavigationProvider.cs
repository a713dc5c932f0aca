namespace ApprenantAgile.Platform.Admin.Navigation;

/// <summary>
/// Adds entries to the admin menu. A provider belongs to its module's feature and is skipped on
/// tenants where that feature is disabled; items carrying a permission show only to users who hold it.
/// </summary>
public interface INavigationProvider
{
    void BuildNavigation(NavigationBuilder builder);
}
