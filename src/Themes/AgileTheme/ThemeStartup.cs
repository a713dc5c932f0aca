using ApprenantAgile.AgileTheme.Home;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.AgileTheme;

/// <summary>Allows the theme's view models in the Liquid sandbox, gives their preview samples and maps the home page.</summary>
public sealed class ThemeStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLiquidViewModel<HomeViewModel>();
        services.AddScoped<ILiquidTemplateSampleProvider, ThemeTemplateSamples>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(HomeEndpoint.Route, HomeEndpoint.HandleAsync).WithName("Home");
    }
}
