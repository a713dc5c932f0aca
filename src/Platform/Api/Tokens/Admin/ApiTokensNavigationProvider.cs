using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Api.Tokens.Admin;

/// <summary>Adds "API tokens" to the national admin menu, beside "Tenants".</summary>
[Feature(PlatformFeatures.Tenants)]
public sealed class ApiTokensNavigationProvider(IStringLocalizer<ApiTokensNavigationProvider> localizer) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(localizer["API tokens"], "~/admin/api-tokens", position: 910,
            permission: ApiTokenPermissions.ManageApiTokens.Name, group: localizer["Configuration"]);
}
