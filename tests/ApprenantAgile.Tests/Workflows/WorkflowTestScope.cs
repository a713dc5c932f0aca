using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Models;
using ApprenantAgile.Workflows.Validation;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>Runs test steps in a tenant scope, as background work or a request would.</summary>
public static class WorkflowTestScope
{
    public static async Task<T> RunAsync<T>(PlatformFactory factory, string tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        return await work(scope.ServiceProvider);
    }

    /// <summary>Validates the type (failing the test with the errors) and saves it.</summary>
    public static Task SaveTypeAsync(PlatformFactory factory, string tenant, WorkflowType workflowType) =>
        RunAsync(factory, tenant, async services =>
        {
            var context = services.GetRequiredService<ApprenantAgile.Platform.Tenants.ITenantAccessor>().Current;
            var errors = services.GetRequiredService<WorkflowTypeValidator>().Validate(workflowType, context.EnabledFeatures);
            Assert.True(errors.Count == 0, string.Join("; ", errors));
            await services.GetRequiredService<IWorkflowTypeStore>().SaveAsync(workflowType);
            return true;
        });

    public static Task<IReadOnlyList<WorkflowExecutionContext>> TriggerAsync(
        PlatformFactory factory, string tenant, string eventName, System.Text.Json.Nodes.JsonObject? input = null, string? correlationId = null) =>
        RunAsync(factory, tenant, services =>
            services.GetRequiredService<IWorkflowManager>().TriggerEventAsync(eventName, input, correlationId));

    public static Task<Workflow?> LoadAsync(PlatformFactory factory, string tenant, string workflowId) =>
        RunAsync(factory, tenant, services => services.GetRequiredService<IWorkflowStore>().LoadAsync(workflowId));
}
