using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Tests.Workflows;

public sealed class WorkflowPersistenceTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task HaltedInstance_ResumesAfterHostRestart(DatabaseProvider provider)
    {
        var appData = Path.Combine(Path.GetTempPath(), "aa-tests", "restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            string tenant;
            string workflowId;
            using (var first = new WorkflowsPlatformFactory(appData))
            {
                tenant = (await first.CreateWorkflowTenantAsync(provider)).Name;
                await WorkflowTestScope.SaveTypeAsync(first, tenant, WorkflowExecutionTests.ReviewType("review"));
                var started = Assert.Single(await WorkflowTestScope.TriggerAsync(first, tenant, nameof(ContentCreatedEvent), correlationId: "app9"));
                Assert.Equal(WorkflowStatus.Halted, started.Status);
                workflowId = started.WorkflowId;
            }

            using var second = new WorkflowsPlatformFactory(appData);
            var resumed = await WorkflowTestScope.TriggerAsync(second, tenant, nameof(UserTaskEvent),
                UserTaskInput.Create("Approve", ["Formateur"]), correlationId: "app9");

            Assert.Equal(workflowId, Assert.Single(resumed).WorkflowId);
            var finished = await WorkflowTestScope.LoadAsync(second, tenant, workflowId);
            Assert.Equal(WorkflowStatus.Finished, finished!.Status);
            Assert.Equal("approved", finished.State.Properties["Decision"]!.GetValue<string>());
            Assert.Equal(["created", "review", "review", "approved"], finished.State.ExecutedActivities.Select(a => a.ActivityId));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(appData))
            {
                Directory.Delete(appData, recursive: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ParallelTriggers_ResumeHaltedInstanceOnce(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("approve-once")
            .Start("created", nameof(ContentCreatedEvent))
            .Then("review", nameof(UserTaskEvent), new() { ["Actions"] = new System.Text.Json.Nodes.JsonArray("Approve") })
            .Then("issue", nameof(CountingTask))
            .Connect("created", "Done", "review")
            .Connect("review", "Approve", "issue")
            .Build());
        var started = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent), correlationId: "app-20"));

        var triggers = Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            WorkflowTestScope.TriggerAsync(factory, tenant, nameof(UserTaskEvent), UserTaskInput.Create("Approve", ["Formateur"]), "app-20")));
        var results = await Task.WhenAll(triggers);

        Assert.Equal(1, results.Sum(r => r.Count));
        Assert.Equal(1, factory.Counter.CountOf(started.WorkflowId));
        var finished = await WorkflowTestScope.LoadAsync(factory, tenant, started.WorkflowId);
        Assert.Equal(WorkflowStatus.Finished, finished!.Status);
        Assert.Single(finished.State.ExecutedActivities, a => a.ActivityId == "issue");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SingletonType_DoesNotStartSecondRunningInstance(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("singleton")
            .Start("created", nameof(ContentCreatedEvent))
            .Then("review", nameof(UserTaskEvent), new() { ["Actions"] = new System.Text.Json.Nodes.JsonArray("Approve") })
            .Connect("created", "Done", "review")
            .Singleton()
            .Build());

        var first = await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent));
        var second = await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent));

        Assert.Single(first);
        Assert.Empty(second);
    }
}
