using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>Admin menu entry of the content list.</summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentsNavigationProvider(IStringLocalizer<ContentsNavigationProvider> S) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(S["Content"], "~/admin/contents", position: 10, permission: ContentPermissions.ViewContentName, group: S["Content"]);
}
