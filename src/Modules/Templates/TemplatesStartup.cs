using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Templates.Overrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Templates;

/// <summary>Puts the tenant's template overrides in front of the shipped templates and registers the admin.</summary>
public sealed class TemplatesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TemplateOverrideCache>();
        services.AddSingleton<ILiquidTemplateProvider, TenantTemplateOverrideProvider>();
        services.AddScoped<TemplateOverrideStore>();
        services.AddScoped<TemplateChecker>();
        services.AddScoped<IPermissionProvider, TemplatesPermissions>();
        services.AddScoped<INavigationProvider, TemplatesNavigationProvider>();
    }
}
