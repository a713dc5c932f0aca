using ApprenantAgile.Platform.Admin.Navigation;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Templates;

/// <summary>Admin menu entry of the template list.</summary>
public sealed class TemplatesNavigationProvider(IStringLocalizer<TemplatesNavigationProvider> S) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(S["Templates"], "~/admin/templates", position: 60, permission: TemplatesPermissions.ManageTemplatesName, group: S["Design"]);
}
