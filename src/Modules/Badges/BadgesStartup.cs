using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Badges.Issuers;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges;

/// <summary>Registers the badge classes, the issuer profile and the catalogue of the Badges module.</summary>
public sealed class BadgesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentHandler, BadgeClassIndexHandler>();
        services.AddScoped<BadgeClassStore>();
        services.AddScoped<BadgeImageStore>();
        services.AddScoped<BadgeClassProvider>();
        services.AddScoped<IBadgeClassProvider>(sp => sp.GetRequiredService<BadgeClassProvider>());
        services.AddScoped<IIssuerProfileProvider, IssuerProfileProvider>();
    }
}
