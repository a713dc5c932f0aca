using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Hosting;

/// <summary>
/// Runs after <see cref="TenantMiddleware"/> and lets the <see cref="IPublicResponseShortcut"/> services
/// of enabled features respond to GET and HEAD requests before the rest of the pipeline runs.
/// </summary>
public sealed class PublicResponseShortcutMiddleware(RequestDelegate next, IEnumerable<IPublicResponseShortcut> shortcuts, FeatureCatalogue features)
{
    private readonly (IPublicResponseShortcut Shortcut, string FeatureId)[] _shortcuts =
        shortcuts.Select(s => (s, features.FeatureIdOf(s.GetType()))).ToArray();

    public async Task InvokeAsync(HttpContext httpContext)
    {
        var tenant = httpContext.Features.Get<TenantContext>();
        var method = httpContext.Request.Method;
        if (tenant is null || _shortcuts.Length == 0 || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            await next(httpContext);
            return;
        }

        foreach (var (shortcut, featureId) in _shortcuts)
        {
            if (tenant.IsFeatureEnabled(featureId) && await shortcut.TryRespondAsync(httpContext, tenant))
            {
                return;
            }
        }

        await next(httpContext);
    }
}
