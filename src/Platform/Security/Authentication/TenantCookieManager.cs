using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Security.Authentication;

/// <summary>
/// Cookie manager of the authentication cookie: it appends the tenant's name to the cookie name
/// and scopes the cookie's path to the request's PathBase. A browser then keeps one cookie per
/// tenant, and never sends a prefixed tenant's cookie to another prefix on the same host.
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) =>
        _inner.GetRequestCookie(context, TenantKey(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        options.Path = TenantPath(context);
        _inner.AppendResponseCookie(context, TenantKey(context, key), value, options);
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        options.Path = TenantPath(context);
        _inner.DeleteCookie(context, TenantKey(context, key), options);
    }

    /// <summary>Returns the cookie name that <paramref name="baseName"/> takes on <paramref name="tenantName"/>.</summary>
    public static string CookieName(string baseName, string tenantName) => baseName + "_" + tenantName;

    private static string TenantKey(HttpContext context, string key)
    {
        var tenant = context.Features.Get<TenantContext>()
            ?? throw new InvalidOperationException(
                "The authentication cookie was used on a request without a tenant. TenantMiddleware must run before UseAuthentication.");
        return CookieName(key, tenant.Name);
    }

    private static string TenantPath(HttpContext context) =>
        context.Request.PathBase.HasValue ? context.Request.PathBase.Value! : "/";
}
