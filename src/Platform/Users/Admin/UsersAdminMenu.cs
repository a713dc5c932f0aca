using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Users.Admin;

/// <summary>Admin menu entries of the Users feature, under the "Security" group.</summary>
[Feature(PlatformFeatures.Users)]
public sealed class UsersAdminMenu(IStringLocalizer<UsersAdminMenu> T) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder)
    {
        builder
            .Add(T["Users"], "~/admin/users", position: 10, permission: UsersPermissions.ManageUsers.Name, group: T["Security"])
            .Add(T["Roles"], "~/admin/roles", position: 20, permission: UsersPermissions.ManageRoles.Name, group: T["Security"]);
    }
}
