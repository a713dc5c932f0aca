using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Health;

/// <summary>
/// The /health endpoint. It answers only where the national tenant would (its host names, or any
/// host no centre claims): the report names every active centre, which centres must not learn
/// about each other, and a load balancer probes one address. It runs before the tenant pipeline,
/// so it also answers while the national tenant is not set up yet.
/// </summary>
public static class PlatformHealthChecks
{
    public const string Path = "/health";

    public static IServiceCollection AddTenantHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<TenantSettingsStoreHealthCheck>("tenant-store")
            .AddCheck<TenantDatabasesHealthCheck>("tenant-databases");
        return services;
    }

    /// <summary>Maps /health on the national host; call it before the platform's tenant pipeline.</summary>
    public static WebApplication UseTenantHealthChecks(this WebApplication app)
    {
        var resolver = app.Services.GetRequiredService<TenantResolver>();
        app.MapWhen(
            httpContext => httpContext.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
                && resolver.Resolve(httpContext.Request.Host, httpContext.Request.Path)?.Settings.IsDefault == true,
            branch => branch.UseHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthReportJsonWriter.WriteAsync }));
        return app;
    }
}
