using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ApprenantAgile.Platform.Security.Antiforgery;

/// <summary>
/// Gives the antiforgery cookie a name per tenant. ASP.NET Core's antiforgery reads one fixed
/// cookie name, so a browser signed in to the national site ("/") also sends the national cookie
/// to a centre under "/centre-x", and the centre failed to read it. In the browser the cookie is
/// named "{BaseName}.{tenant}". On the way in, this middleware shows antiforgery only the current
/// tenant's cookie, under the base name. On the way out, it renames the cookie antiforgery sets.
/// </summary>
public sealed class TenantAntiforgeryCookieMiddleware(RequestDelegate next)
{
    public const string BaseName = ".aa.antiforgery";

    public Task InvokeAsync(HttpContext httpContext)
    {
        var tenant = httpContext.Features.Get<TenantContext>();
        if (tenant is null)
        {
            return next(httpContext);
        }

        var tenantCookieName = BaseName + "." + tenant.Name;
        RewriteRequestCookies(httpContext.Request, tenantCookieName);
        httpContext.Response.OnStarting(() =>
        {
            RewriteResponseCookies(httpContext.Response, tenantCookieName);
            return Task.CompletedTask;
        });

        return next(httpContext);
    }

    private static void RewriteRequestCookies(HttpRequest request, string tenantCookieName)
    {
        if (!CookieHeaderValue.TryParseList(request.Headers.Cookie, out var cookies))
        {
            return;
        }

        var forwarded = cookies.Where(c => c.Name != BaseName && c.Name != tenantCookieName).ToList();
        var own = cookies.FirstOrDefault(c => c.Name == tenantCookieName);
        if (own is not null)
        {
            forwarded.Add(new CookieHeaderValue(BaseName, own.Value));
        }

        request.Headers.Cookie = string.Join("; ", forwarded.Select(c => c.ToString()));
    }

    private static void RewriteResponseCookies(HttpResponse response, string tenantCookieName)
    {
        var setCookies = response.Headers.SetCookie;
        if (setCookies.Count == 0)
        {
            return;
        }

        var prefix = BaseName + "=";
        response.Headers.SetCookie = setCookies
            .Select(value => value is not null && value.StartsWith(prefix, StringComparison.Ordinal)
                ? tenantCookieName + "=" + value[prefix.Length..]
                : value)
            .ToArray();
    }
}
