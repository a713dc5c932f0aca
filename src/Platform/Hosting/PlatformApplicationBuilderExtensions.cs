using ApprenantAgile.Platform.Clustering;
using ApprenantAgile.Platform.Localization;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Antiforgery;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Hosting;

/// <summary>The request pipeline: the PostgreSQL pool reset around everything, then the tenant, then cached public responses, then the request culture, routing, security, the feature gate and the modules' endpoints.</summary>
public static class PlatformApplicationBuilderExtensions
{
    public static WebApplication UseApprenantAgilePlatform(this WebApplication app)
    {
        app.UseMiddleware<PostgresConnectionResetMiddleware>();
        app.UseMiddleware<TenantMiddleware>();
        app.UseMiddleware<PublicResponseShortcutMiddleware>();
        app.UseMiddleware<TenantAntiforgeryCookieMiddleware>();
        app.UsePlatformRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapControllers();
        app.MapCultureSwitch();
        foreach (var startup in app.Services.GetRequiredService<ModuleStartups>())
        {
            var group = app.MapGroup("").WithMetadata(new FeatureMetadata(startup.FeatureId));
            startup.Instance.Configure(group);
        }

        return app;
    }
}
