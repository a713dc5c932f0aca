using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>Admin menu entry of the content types editor.</summary>
[Feature(PlatformFeatures.ContentTypes)]
public sealed class ContentTypesNavigationProvider(IStringLocalizer<ContentTypesNavigationProvider> S) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(S["Content types"], "~/admin/content-types", position: 20, permission: ContentPermissions.ManageContentTypesName, group: S["Content"]);
}
