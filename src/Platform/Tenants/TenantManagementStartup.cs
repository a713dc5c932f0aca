using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Health;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Registers tenant management (manager, setup, storage), the tenants and features admin pages'
/// permissions and menu entries, and the tenant database health check. The services are global;
/// the controllers and providers carry their own features.
/// </summary>
public sealed class TenantManagementStartup : ModuleStartup
{
    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TenantStorage>();
        services.AddScoped<TenantCreateValidator>();
        services.AddScoped<TenantSetupService>();
        services.AddScoped<TenantManager>();

        services.AddScoped<IPermissionProvider, TenantPermissions>();
        services.AddScoped<IPermissionProvider, FeaturePermissions>();
        services.AddScoped<INavigationProvider, TenantsNavigationProvider>();
        services.AddScoped<INavigationProvider, FeaturesNavigationProvider>();

        services.AddTenantHealthChecks();
    }
}
