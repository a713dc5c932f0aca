using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Models;
using ApprenantAgile.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Workflows;

public sealed class WorkflowTimerTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Timer_ResumesOnceAfterDueTime(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, TimerType());
        var processor = factory.Services.GetRequiredService<IWorkflowTimerProcessor>();

        var context = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent)));
        var halted = await WorkflowTestScope.LoadAsync(factory, tenant, context.WorkflowId);
        Assert.Equal(WorkflowStatus.Halted, halted!.Status);
        Assert.Equal(WorkflowsPlatformFactory.Start.UtcDateTime.AddHours(2), Assert.Single(halted.BlockingActivities).DueUtc);

        Assert.Equal(0, await processor.ProcessDueTimersAsync(tenant));
        factory.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Equal(0, await processor.ProcessDueTimersAsync(tenant));
        Assert.Equal(0, factory.Counter.CountOf(context.WorkflowId));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await processor.ProcessDueTimersAsync(tenant));
        Assert.Equal(0, await processor.ProcessDueTimersAsync(tenant));

        Assert.Equal(1, factory.Counter.CountOf(context.WorkflowId));
        var finished = await WorkflowTestScope.LoadAsync(factory, tenant, context.WorkflowId);
        Assert.Equal(WorkflowStatus.Finished, finished!.Status);
    }

    [Fact]
    public async Task TimerService_ResumesDueTimerOnPollTick()
    {
        using var factory = new WorkflowsPlatformFactory(pollTimers: true);
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, TimerType());
        var context = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent)));

        // The factory polls once a day of the manual clock; the timer is due after two hours.
        factory.Clock.Advance(TimeSpan.FromDays(1));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        Workflow? workflow;
        do
        {
            await Task.Delay(50);
            workflow = await WorkflowTestScope.LoadAsync(factory, tenant, context.WorkflowId);
        }
        while (workflow!.Status != WorkflowStatus.Finished && DateTime.UtcNow < deadline);

        Assert.Equal(WorkflowStatus.Finished, workflow.Status);
        Assert.Equal(1, factory.Counter.CountOf(context.WorkflowId));
    }

    [Theory]
    [InlineData("30 14 * * *", "2026-03-02T08:00:00Z", "2026-03-02T14:30:00Z")]
    [InlineData("*/15 * * * *", "2026-03-02T08:00:00Z", "2026-03-02T08:15:00Z")]
    [InlineData("0 9 * * 1-5", "2026-03-06T10:00:00Z", "2026-03-09T09:00:00Z")]
    [InlineData("0 0 1 1 *", "2026-03-02T08:00:00Z", "2027-01-01T00:00:00Z")]
    public void CronSchedule_NextOccurrence(string expression, string after, string expected)
    {
        var next = CronSchedule.Parse(expression).NextOccurrence(DateTime.Parse(after, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal), next);
    }

    [Theory]
    [InlineData("* * * *", "5 fields")]
    [InlineData("60 * * * *", "minute")]
    [InlineData("* * * * 1-9", "day of week")]
    [InlineData("*/0 * * * *", "step")]
    public void CronSchedule_InvalidExpression_NamesTheField(string expression, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.Contains(expected, error.Message);
    }

    private static WorkflowType TimerType() => new WorkflowTypeBuilder("reminder")
        .Start("created", nameof(ContentCreatedEvent))
        .Then("wait", nameof(TimerEvent), new() { ["Delay"] = 2, ["DelayUnit"] = "Hours" })
        .Then("remind", nameof(CountingTask))
        .Connect("created", "Done", "wait")
        .Connect("wait", "Done", "remind")
        .Build();
}
