using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>Registers the visual editor's admin menu entry, its queries and its outcomes endpoint.</summary>
public sealed class WorkflowEditorStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<INavigationProvider, WorkflowsNavigationProvider>();
        services.AddScoped<WorkflowInstanceCounter>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => OutcomesEndpoint.Map(endpoints);
}
