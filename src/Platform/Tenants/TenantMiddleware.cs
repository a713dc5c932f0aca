using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// First step of the pipeline: finds the request's tenant, activates it if needed, binds it to the
/// request scope and moves a matched URL prefix from Path to PathBase, so that routing, links and
/// cookies below see the tenant as a site of its own.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next, TenantResolver resolver, TenantHost host, ILogger<TenantMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext httpContext, ITenantAccessor accessor)
    {
        var match = resolver.Resolve(httpContext.Request.Host, httpContext.Request.Path);
        if (match is null || match.Settings.State != TenantState.Running)
        {
            logger.LogDebug("No running tenant for host {Host} and path {Path}", httpContext.Request.Host, httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var context = await host.GetOrActivateAsync(match.Settings);
        ((TenantAccessor)accessor).Set(context);
        httpContext.Features.Set(context);

        if (match.Prefix is null)
        {
            await next(httpContext);
            return;
        }

        var request = httpContext.Request;
        var originalPathBase = request.PathBase;
        var originalPath = request.Path;
        request.Path.StartsWithSegments("/" + match.Prefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining);
        request.PathBase = originalPathBase.Add(matched);
        request.Path = remaining.HasValue ? remaining : "/";

        try
        {
            await next(httpContext);
        }
        finally
        {
            request.PathBase = originalPathBase;
            request.Path = originalPath;
        }
    }
}
