using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>Endorsements: signing and withdrawal on the national tenant, the public endorsement documents, and their reading by centres.</summary>
public sealed class EndorsementsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<EndorsementStore>();
        services.AddScoped<EndorsementCredentialBuilder>();
        services.AddScoped<EndorsementIssuer>();
        services.AddScoped<EndorsableCentres>();
        services.AddScoped<ReceivedEndorsementReader>();
        services.AddScoped<IPermissionProvider, EndorsementPermissions>();
        services.AddScoped<INavigationProvider, EndorsementsNavigationProvider>();
        services.AddLiquidViewModel<EndorsementViewModel>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => EndorsementEndpoints.Map(endpoints);
}
