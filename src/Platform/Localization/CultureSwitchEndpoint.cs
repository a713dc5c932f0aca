using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// Handlers of <c>GET /culture?culture=en&amp;returnUrl=...</c> (the public theme's language switch, which
/// needs no antiforgery token, so public pages stay the same for every visitor and can be cached) and of
/// <c>POST /culture</c> with the same fields as a form (the admin's switch): both store the chosen culture
/// in the standard <see cref="CookieRequestCultureProvider"/> cookie and redirect to a local return URL.
/// </summary>
/// <remarks>
/// The GET form lets another site switch a visitor's language with a link, which changes nothing else: the
/// redirect only goes to a path of this site (<see cref="ResolveLocalReturnUrl"/>).
/// </remarks>
public static class CultureSwitchEndpoint
{
    public const string Route = "/culture";

    internal static IResult HandleQuery(
        [FromQuery(Name = "culture")] string? culture,
        [FromQuery(Name = "returnUrl")] string? returnUrl,
        HttpContext httpContext,
        IStringLocalizer<CultureSwitchMessages> localizer) =>
        Switch(culture, returnUrl, httpContext, localizer);

    internal static IResult HandleForm(
        [FromForm(Name = "culture")] string? culture,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        HttpContext httpContext,
        IStringLocalizer<CultureSwitchMessages> localizer) =>
        Switch(culture, returnUrl, httpContext, localizer);

    private static IResult Switch(string? culture, string? returnUrl, HttpContext httpContext, IStringLocalizer<CultureSwitchMessages> localizer)
    {
        if (!PlatformCultures.TryResolve(culture, out var resolved))
        {
            var supported = string.Join(", ", PlatformCultures.Supported.Select(c => c.Name));
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: localizer["Unsupported language"],
                detail: localizer["The language '{0}' is not supported. Choose one of: {1}.", culture ?? string.Empty, supported]);
        }

        var pathBase = httpContext.Request.PathBase;
        httpContext.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(resolved)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = httpContext.Request.IsHttps,
                Path = pathBase.HasValue ? pathBase.Value : "/",
            });

        // The response sets a cookie: no shared cache may keep it.
        httpContext.Response.Headers.CacheControl = "no-store";
        return Results.Redirect(ResolveLocalReturnUrl(returnUrl, pathBase));
    }

    /// <summary>
    /// Returns <paramref name="returnUrl"/> when it is a local path (<c>/...</c> but not <c>//</c>
    /// or <c>/\</c>), expands <c>~/</c> with the path base, and returns the site root otherwise, so
    /// the endpoint cannot be used as an open redirect.
    /// </summary>
    public static string ResolveLocalReturnUrl(string? returnUrl, PathString pathBase)
    {
        var root = pathBase.HasValue ? pathBase.Value + "/" : "/";
        if (string.IsNullOrEmpty(returnUrl))
        {
            return root;
        }

        if (returnUrl.StartsWith("~/", StringComparison.Ordinal))
        {
            returnUrl = pathBase.Add(new PathString(returnUrl[1..])).Value ?? root;
        }

        var isRooted = returnUrl.Length >= 1 && returnUrl[0] == '/';
        var isProtocolRelative = returnUrl.Length >= 2 && (returnUrl[1] == '/' || returnUrl[1] == '\\');
        var hasControlCharacter = returnUrl.Any(char.IsControl);

        return isRooted && !isProtocolRelative && !hasControlCharacter ? returnUrl : root;
    }
}
