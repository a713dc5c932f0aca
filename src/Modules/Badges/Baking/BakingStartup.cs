using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.Baking;

/// <summary>Registers <see cref="BadgeUnbaker"/>; baking itself is static (<see cref="PngBaker"/>, <see cref="SvgBaker"/>).</summary>
public sealed class BakingStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BadgeUnbaker>();
    }
}
