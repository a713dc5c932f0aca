using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>Registers export and import: the deployment sources of the platform, the manager, permissions and menu.</summary>
[Feature(PlatformFeatures.Deployment)]
public sealed class DeploymentStartup : ModuleStartup
{
    public override int Order => -90;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IDeploymentSource, FeaturesDeploymentSource>();
        services.AddScoped<IDeploymentSource, SiteSettingsDeploymentSource>();
        services.AddScoped<DeploymentManager>();
        services.AddSingleton<IPermissionProvider, DeploymentPermissions>();
        services.AddScoped<INavigationProvider, DeploymentNavigation>();
    }
}
