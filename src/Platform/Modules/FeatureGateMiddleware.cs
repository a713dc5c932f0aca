using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// Runs after routing: an endpoint whose feature is disabled on the current tenant answers 404,
/// as if it did not exist there.
/// </summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext httpContext, ITenantAccessor accessor)
    {
        var feature = httpContext.GetEndpoint()?.Metadata.GetMetadata<FeatureMetadata>();
        if (feature is not null && accessor.HasTenant && !accessor.Current.IsFeatureEnabled(feature.FeatureId))
        {
            httpContext.SetEndpoint(null);
            httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(httpContext);
    }
}
