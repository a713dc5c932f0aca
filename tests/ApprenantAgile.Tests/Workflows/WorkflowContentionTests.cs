using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>Runs whose saves fail or compete with other writers: an instance never stays Executing.</summary>
public sealed class WorkflowContentionTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveFailingOnce_IsRetried_InstanceFinishes(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, CountOnceType("retry-save"));
        factory.SaveFailures.FailNextSaves("retry-save", afterActivityId: "count", count: 1);

        var context = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent)));

        var stored = await WorkflowTestScope.LoadAsync(factory, tenant, context.WorkflowId);
        Assert.Equal(1, factory.SaveFailures.Thrown);
        Assert.Equal(WorkflowStatus.Finished, stored!.Status);
        Assert.Null(stored.FaultMessage);
        Assert.Equal(1, factory.Counter.CountOf(context.WorkflowId));
        Assert.Equal(["created", "count"], stored.State.ExecutedActivities.Select(a => a.ActivityId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveFailingEveryAttempt_FaultsInstance(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, CountOnceType("failing-save"));
        factory.SaveFailures.FailNextSaves("failing-save", afterActivityId: "count", count: 1000);

        var context = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent)));

        var stored = await WorkflowTestScope.LoadAsync(factory, tenant, context.WorkflowId);
        Assert.Equal(3, factory.SaveFailures.Thrown);
        Assert.Equal(WorkflowStatus.Faulted, stored!.Status);
        Assert.Contains("after activity count", stored.FaultMessage);
        Assert.Contains("failed 3 times", stored.FaultMessage);
        Assert.Empty(stored.BlockingActivities);
        Assert.Equal(1, factory.Counter.CountOf(context.WorkflowId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ConcurrentTriggers_OneInstanceAmidOtherWrites_RunsOnce(DatabaseProvider provider)
    {
        const int triggerCount = 20;
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("approve-once")
            .Start("created", nameof(ContentCreatedEvent))
            .Then("review", nameof(UserTaskEvent), new() { ["Actions"] = new JsonArray("Approve") })
            .Then("issue", nameof(CountingTask))
            .Connect("created", "Done", "review")
            .Connect("review", "Approve", "issue")
            .Build());
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("neighbour")
            .Start("updated", nameof(ContentUpdatedEvent))
            .Then("count", nameof(CountingTask))
            .Then("wait", nameof(UserTaskEvent), new() { ["Actions"] = new JsonArray("Close") })
            .Connect("updated", "Done", "count")
            .Connect("count", "Done", "wait")
            .Build());
        var target = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent), correlationId: "app-1"));

        // Twenty resumes of one instance race with twenty new instances of another type writing to the same database.
        var resumes = Enumerable.Range(0, triggerCount).Select(_ => Task.Run(() =>
            WorkflowTestScope.TriggerAsync(factory, tenant, nameof(UserTaskEvent), UserTaskInput.Create("Approve", ["Formateur"]), "app-1")));
        var starts = Enumerable.Range(0, triggerCount).Select(index => Task.Run(() =>
            WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentUpdatedEvent), correlationId: $"other-{index}")));
        var resumeResults = await Task.WhenAll(resumes);
        var startResults = await Task.WhenAll(starts);

        Assert.Equal(1, resumeResults.Sum(r => r.Count));
        Assert.Equal(triggerCount, startResults.Sum(r => r.Count));
        Assert.Equal(1, factory.Counter.CountOf(target.WorkflowId));
        var all = await WorkflowTestScope.RunAsync(factory, tenant, services =>
            services.GetRequiredService<IWorkflowStore>().ListAsync(new WorkflowQuery(Take: 100)));
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(all, w => w.WorkflowId == target.WorkflowId).Status);
        Assert.Equal(triggerCount, all.Count(w => w.WorkflowTypeId == "neighbour" && w.Status == WorkflowStatus.Halted));
        Assert.DoesNotContain(all, w => w.Status is WorkflowStatus.Executing or WorkflowStatus.Faulted);
    }

    [Fact]
    public async Task SqliteTenant_UsesWalAndBusyTimeout()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;

        var (journalMode, busyTimeout) = await WorkflowTestScope.RunAsync(factory, tenant, async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
            var timeout = await db.Database.SqlQueryRaw<long>("PRAGMA busy_timeout").ToListAsync();
            return (mode.Single(), timeout.Single());
        });

        Assert.Equal("wal", journalMode);
        Assert.Equal(SqliteConnectionPragmas.BusyTimeoutMilliseconds, busyTimeout);
    }

    private static WorkflowType CountOnceType(string workflowTypeId) => new WorkflowTypeBuilder(workflowTypeId)
        .Start("created", nameof(ContentCreatedEvent))
        .Then("count", nameof(CountingTask))
        .Connect("created", "Done", "count")
        .Build();
}
