using System.Security.Claims;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Users.AccountLinks;

/// <summary>
/// Builds the account navigation of the current request from the <see cref="IAccountLinkProvider"/>s whose
/// feature is enabled on the tenant, minus the links whose permission the user lacks, ordered by position.
/// </summary>
public sealed class AccountNavigation(
    IEnumerable<IAccountLinkProvider> providers,
    FeatureCatalogue catalogue,
    ITenantAccessor tenantAccessor,
    IAuthorizationService authorizationService,
    IAntiforgery antiforgery)
{
    public const string SignInPath = "/account/login";

    public const string SignOutPath = "/account/logout";

    /// <summary>
    /// Returns the navigation for the user of <paramref name="httpContext"/>, or null when the Users feature is
    /// disabled on the tenant. For a signed-in user this stores an antiforgery cookie on the response.
    /// </summary>
    /// <exception cref="InvalidOperationException">A provider is neither in a module assembly nor marked with [Feature].</exception>
    public async Task<AccountNavigationViewModel?> BuildAsync(HttpContext httpContext)
    {
        var tenant = tenantAccessor.Current;
        if (!tenant.IsFeatureEnabled(PlatformFeatures.Users))
        {
            return null;
        }

        var request = httpContext.Request;
        var user = httpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            var onSignInPage = request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);
            var returnUrl = "~" + request.Path + request.QueryString;
            return new AccountNavigationViewModel
            {
                SignInUrl = onSignInPage ? null : $"{request.PathBase}{SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}",
            };
        }

        var links = await CollectVisibleLinksAsync(user, tenant);
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        return new AccountNavigationViewModel
        {
            IsSignedIn = true,
            UserName = string.IsNullOrEmpty(user.Identity.Name) ? user.FindFirstValue(ClaimTypes.Email) : user.Identity.Name,
            Links = links.Select(link => ToViewModel(link, request)).ToList(),
            SignOutUrl = request.PathBase + SignOutPath,
            AntiforgeryFieldName = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken,
        };
    }

    private async Task<List<AccountLink>> CollectVisibleLinksAsync(ClaimsPrincipal user, TenantContext tenant)
    {
        var visible = new List<AccountLink>();
        foreach (var provider in providers)
        {
            if (!tenant.IsFeatureEnabled(catalogue.FeatureIdOf(provider.GetType())))
            {
                continue;
            }

            foreach (var link in provider.GetLinks())
            {
                if (link.Permission is null || (await authorizationService.AuthorizeAsync(user, PermissionPolicy.Prefix + link.Permission)).Succeeded)
                {
                    visible.Add(link);
                }
            }
        }

        return visible.OrderBy(link => link.Position).ToList();
    }

    private static AccountNavigationLink ToViewModel(AccountLink link, HttpRequest request)
    {
        var path = (link.Url.StartsWith('~') ? link.Url[1..] : link.Url).TrimEnd('/');
        var current = (request.Path.Value ?? "/").TrimEnd('/');
        string? ariaCurrent = null;
        if (string.Equals(path, current, StringComparison.OrdinalIgnoreCase))
        {
            ariaCurrent = "page";
        }
        else if (current.StartsWith(path + "/", StringComparison.OrdinalIgnoreCase))
        {
            ariaCurrent = "true";
        }

        return new AccountNavigationLink { Text = link.Text.Value, Url = request.PathBase + path, AriaCurrent = ariaCurrent };
    }
}
