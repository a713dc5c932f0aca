using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Badges.Images;

/// <summary>Registers <see cref="BadgeImageValidator"/> with the default <see cref="BadgeImageLimits"/> unless a host registered its own.</summary>
public sealed class ImagesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(new BadgeImageLimits());
        services.AddSingleton<BadgeImageValidator>();
    }
}
