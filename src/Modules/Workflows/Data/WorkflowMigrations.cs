using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Data;

/// <summary>
/// Tables of the Workflows feature. Each type is a row with its activities and transitions as JSON,
/// rather than one document for all types, so saving one type neither rewrites nor conflicts with
/// the others. Start activities and blocking activities are index tables that triggers query directly.
/// </summary>
public sealed class WorkflowMigrations : DataMigration
{
    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable("WorkflowTypes", table => table
                .Column<string>(nameof(WorkflowType.WorkflowTypeId), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(WorkflowType.Name), c => c.WithLength(255).NotNull())
                .Column<bool>(nameof(WorkflowType.IsEnabled))
                .Column<bool>(nameof(WorkflowType.IsSingleton))
                .Column<bool>(nameof(WorkflowType.DeleteFinishedWorkflows))
                .Column<string>(nameof(WorkflowType.Activities), c => c.NotNull())
                .Column<string>(nameof(WorkflowType.Transitions), c => c.NotNull())
                .Column<DateTime>(nameof(WorkflowType.ModifiedUtc))
                .Column<int>(nameof(WorkflowType.Version)),
            nameof(WorkflowType.WorkflowTypeId));

        schema.CreateTable("WorkflowTypeStartActivities", table => table
            .Identity()
            .Column<string>(nameof(WorkflowTypeStartActivity.WorkflowTypeId), c => c.WithLength(64).NotNull())
            .Column<string>(nameof(WorkflowTypeStartActivity.ActivityId), c => c.WithLength(64).NotNull())
            .Column<string>(nameof(WorkflowTypeStartActivity.ActivityName), c => c.WithLength(255).NotNull()));
        schema.CreateIndex("IX_WorkflowTypeStartActivities_ActivityName", "WorkflowTypeStartActivities",
            nameof(WorkflowTypeStartActivity.ActivityName));
        schema.CreateIndex("IX_WorkflowTypeStartActivities_WorkflowTypeId", "WorkflowTypeStartActivities",
            nameof(WorkflowTypeStartActivity.WorkflowTypeId));

        schema.CreateTable("Workflows", table => table
                .Column<string>(nameof(Workflow.WorkflowId), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(Workflow.WorkflowTypeId), c => c.WithLength(64).NotNull())
                .Column<int>(nameof(Workflow.Status))
                .Column<string>(nameof(Workflow.CorrelationId), c => c.WithLength(255).NotNull())
                .Column<string>(nameof(Workflow.State), c => c.NotNull())
                .Column<string>(nameof(Workflow.FaultMessage))
                .Column<DateTime>(nameof(Workflow.CreatedUtc))
                .Column<DateTime>(nameof(Workflow.ModifiedUtc))
                .Column<int>(nameof(Workflow.Version)),
            nameof(Workflow.WorkflowId));
        schema.CreateIndex("IX_Workflows_Status", "Workflows", nameof(Workflow.Status));
        schema.CreateIndex("IX_Workflows_CorrelationId", "Workflows", nameof(Workflow.CorrelationId));
        schema.CreateIndex("IX_Workflows_WorkflowTypeId", "Workflows", nameof(Workflow.WorkflowTypeId), nameof(Workflow.Status));

        schema.CreateTable("WorkflowBlockingActivities", table => table
            .Identity()
            .Column<string>(nameof(BlockingActivity.WorkflowId), c => c.WithLength(64).NotNull())
            .Column<string>(nameof(BlockingActivity.WorkflowTypeId), c => c.WithLength(64).NotNull())
            .Column<string>(nameof(BlockingActivity.ActivityId), c => c.WithLength(64).NotNull())
            .Column<string>(nameof(BlockingActivity.Name), c => c.WithLength(255).NotNull())
            .Column<bool>(nameof(BlockingActivity.IsStart))
            .Column<string>(nameof(BlockingActivity.CorrelationId), c => c.WithLength(255).NotNull())
            .Column<DateTime?>(nameof(BlockingActivity.DueUtc)));
        schema.CreateIndex("IX_WorkflowBlockingActivities_Name_CorrelationId", "WorkflowBlockingActivities",
            nameof(BlockingActivity.Name), nameof(BlockingActivity.CorrelationId));
        schema.CreateIndex("IX_WorkflowBlockingActivities_DueUtc", "WorkflowBlockingActivities",
            nameof(BlockingActivity.Name), nameof(BlockingActivity.DueUtc));
        schema.CreateIndex("IX_WorkflowBlockingActivities_WorkflowId", "WorkflowBlockingActivities",
            nameof(BlockingActivity.WorkflowId));

        schema.CreateTable("WorkflowNotifications", table => table
            .Identity()
            .Column<string>("WorkflowId", c => c.WithLength(64).NotNull())
            .Column<string>("UserName", c => c.WithLength(255))
            .Column<string>("Level", c => c.WithLength(32).NotNull())
            .Column<string>("Message", c => c.NotNull())
            .Column<DateTime>("CreatedUtc"));
        schema.CreateIndex("IX_WorkflowNotifications_UserName", "WorkflowNotifications", "UserName");

        return 1;
    }
}
