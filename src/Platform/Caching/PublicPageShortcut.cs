using ApprenantAgile.Platform.Hosting;
using ApprenantAgile.Platform.Localization;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace ApprenantAgile.Platform.Caching;

/// <summary>
/// Serves public pages from <see cref="PublicPageCache"/> before localization, routing, authentication and the
/// endpoint run. Only requests without a query string, an authentication cookie or an Authorization header are
/// looked up, so a signed-in user always gets a page rendered for them. The key takes the culture that the
/// culture cookie selects, read the way the localization middleware reads it. A miss records the key in a
/// <see cref="PublicPageCacheCandidate"/>, which the endpoint that renders the page uses to store it.
/// </summary>
public sealed class PublicPageShortcut(PublicPageCache cache, TenantCacheSignal signal) : IPublicResponseShortcut
{
    /// <summary>Header set on responses served from the cache, for diagnostics and tests.</summary>
    public const string HitHeader = "X-Page-Cache";

    private static readonly RequestCultureProvider CookieCultureProvider = new SupportedCultureRequestProvider(new CookieRequestCultureProvider());

    private static readonly string AuthenticationCookiePrefix = UsersStartup.AuthenticationCookieName + "_";

    public async ValueTask<bool> TryRespondAsync(HttpContext httpContext, TenantContext tenant)
    {
        var request = httpContext.Request;
        if (request.QueryString.HasValue || request.Headers.ContainsKey(HeaderNames.Authorization) || HasAuthenticationCookie(request))
        {
            return false;
        }

        var (culture, uiCulture) = await ResolveCultureAsync(httpContext);
        var generation = signal.Current(tenant);
        var key = string.Concat(tenant.Name, "|", generation.Id, "|", culture, "|", uiCulture, "|",
            request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value);

        var page = cache.Find(key);
        if (page is null)
        {
            httpContext.Features.Set(new PublicPageCacheCandidate(key, generation, culture, uiCulture));
            return false;
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        response.ContentLength = page.Body.Length;
        response.Headers[HitHeader] = "hit";
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(page.Body, httpContext.RequestAborted);
        }

        return true;
    }

    private static bool HasAuthenticationCookie(HttpRequest request)
    {
        foreach (var cookie in request.Cookies)
        {
            if (cookie.Key.StartsWith(AuthenticationCookiePrefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static async ValueTask<(string Culture, string UICulture)> ResolveCultureAsync(HttpContext httpContext)
    {
        var result = await CookieCultureProvider.DetermineProviderCultureResult(httpContext);
        if (result is null)
        {
            return (PlatformCultures.Default.Name, PlatformCultures.Default.Name);
        }

        return (result.Cultures[0].Value!, result.UICultures[0].Value!);
    }
}
