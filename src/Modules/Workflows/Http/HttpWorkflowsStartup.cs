using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Activities.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Workflows.Http;

/// <summary>Registers the signal event and maps its endpoint; both are off where the HTTP feature is disabled.</summary>
[Feature(WorkflowsFeatures.Http)]
public sealed class HttpWorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SignalTokenService>();
        services.AddActivity<SignalEvent>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignalEndpoint.Route, SignalEndpoint.HandleAsync).DisableAntiforgery();
    }
}
