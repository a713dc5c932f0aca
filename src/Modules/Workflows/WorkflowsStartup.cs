using ApprenantAgile.Platform.Clustering;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Activities.Tasks;
using ApprenantAgile.Workflows.Admin;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using ApprenantAgile.Workflows.Locking;
using ApprenantAgile.Workflows.Recipes;
using ApprenantAgile.Workflows.Timers;
using ApprenantAgile.Workflows.Validation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Workflows;

/// <summary>Registers the workflow engine, its built-in activities, recipe step, timers and admin API.</summary>
public sealed class WorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<LocalKeyedLocks>();
        var cluster = configuration.GetSection(ClusterOptions.SectionName).Get<ClusterOptions>() ?? new ClusterOptions();
        if (cluster.Locks == DistributedLockKind.Redis)
        {
            services.AddScoped<IDistributedLock, RedisDistributedLock>();
        }
        else
        {
            services.AddScoped<IDistributedLock, DatabaseDistributedLock>();
        }

        services.AddScoped<IWorkflowTypeStore, WorkflowTypeStore>();
        services.AddScoped<IWorkflowStore, WorkflowStore>();
        services.AddScoped<WorkflowInstanceSaver>();
        services.AddScoped<IActivityLibrary, ActivityLibrary>();
        services.AddSingleton<IWorkflowExpressionEvaluator, LiquidWorkflowExpressionEvaluator>();
        services.AddScoped<WorkflowContextFactory>();
        services.AddScoped<WorkflowRunner>();
        services.AddScoped<WorkflowEmailSender>();
        services.AddScoped<IWorkflowManager, WorkflowManager>();
        services.AddScoped<UserTaskService>();
        services.AddScoped<WorkflowTypeValidator>();

        services.AddSingleton<WorkflowTimerProcessor>();
        services.AddSingleton<IWorkflowTimerProcessor, ClusterWorkflowTimerProcessor>();
        services.AddHostedService<WorkflowTimerService>();

        services.AddScoped<IRecipeStepHandler, WorkflowTypeStep>();
        services.AddScoped<IDeploymentSource, WorkflowTypeDeploymentSource>();
        services.AddSingleton<IPermissionProvider, WorkflowPermissions>();

        AddBuiltInActivities(services);
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => WorkflowAdminEndpoints.Map(endpoints);

    private static void AddBuiltInActivities(IServiceCollection services)
    {
        services.AddActivity<ContentCreatedEvent>();
        services.AddActivity<ContentUpdatedEvent>();
        services.AddActivity<ContentPublishedEvent>();
        services.AddActivity<ContentRemovedEvent>();
        services.AddActivity<TimerEvent>();
        services.AddActivity<UserTaskEvent>();

        services.AddActivity<IfElseTask>();
        services.AddActivity<SetPropertyTask>();
        services.AddActivity<NotifyTask>();
        services.AddActivity<SendEmailTask>();
        services.AddActivity<LogTask>();
        services.AddActivity<CorrelateTask>();
    }
}
