using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Activities.Tasks;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Workflows;

public sealed class WorkflowExecutionTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PublishedApplication_RunsToFinishedAndSendsEmail(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new WorkflowsPlatformFactory(smtpPort: smtp.Port);
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("evidence-review")
            .Start("published", nameof(ContentPublishedEvent), new() { ["ContentTypes"] = new JsonArray("BadgeApplication") })
            .Then("set-reviewer", nameof(SetPropertyTask), new() { ["PropertyName"] = "Reviewer", ["Value"] = "formateur-{{ Input.ContentItemId }}@example.org" })
            .Then("is-application", nameof(IfElseTask), new() { ["Condition"] = "Input.ContentType == \"BadgeApplication\" and Properties.Reviewer contains \"formateur\"" })
            .Then("mail", nameof(SendEmailTask), new()
            {
                ["Recipients"] = "{{ Properties.Reviewer }}",
                ["Subject"] = "Nouvelle demande {{ Input.ContentItemId }}",
                ["Body"] = "La demande {{ Input.ContentItemId }} attend votre avis.",
            })
            .Connect("published", "Done", "set-reviewer")
            .Connect("set-reviewer", "Done", "is-application")
            .Connect("is-application", "True", "mail")
            .Build());

        var ran = await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentPublishedEvent),
            ContentEventInput.Create("BadgeApplication", "app42"));

        var context = Assert.Single(ran);
        var stored = await WorkflowTestScope.LoadAsync(factory, tenant, context.WorkflowId);
        Assert.NotNull(stored);
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.Equal(["published", "set-reviewer", "is-application", "mail"], stored.State.ExecutedActivities.Select(a => a.ActivityId));
        Assert.Equal(["True"], stored.State.ExecutedActivities[2].Outcomes);
        Assert.Equal(["Done"], stored.State.ExecutedActivities[3].Outcomes);

        var message = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("formateur-app42@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Nouvelle demande app42", message.Subject);
        Assert.Contains("La demande app42 attend votre avis.", message.TextBody);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ContentEvent_OtherContentType_StartsNothing(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("applications-only")
            .Start("created", nameof(ContentCreatedEvent), new() { ["ContentTypes"] = new JsonArray("BadgeApplication") })
            .Build());

        var ran = await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent), ContentEventInput.Create("Article", "a1"));

        Assert.Empty(ran);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UserTask_AllowedActionFollowsItsOutcome_OtherRoleRejected(DatabaseProvider provider)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, ReviewType("review"));

        var started = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent),
            ContentEventInput.Create("BadgeApplication", "app7"), correlationId: "app7"));
        Assert.Equal(WorkflowStatus.Halted, started.Status);

        var refused = await CompleteAsync(factory, tenant, started.WorkflowId, "Approve", ["Apprenant"]);
        Assert.False(refused.Succeeded);
        Assert.Equal("Vos rôles (Apprenant) ne permettent pas l'action « Approve » ; elle est réservée à : Formateur.", refused.ErrorMessage);

        var byTrigger = await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(UserTaskEvent),
            UserTaskInput.Create("Approve", ["Apprenant"]), correlationId: "app7");
        Assert.Empty(byTrigger);
        var afterRefusal = await WorkflowTestScope.LoadAsync(factory, tenant, started.WorkflowId);
        Assert.Equal(WorkflowStatus.Halted, afterRefusal!.Status);
        Assert.False(afterRefusal.State.Properties.ContainsKey("Decision"));

        var accepted = await CompleteAsync(factory, tenant, started.WorkflowId, "Reject", ["Formateur"]);
        Assert.True(accepted.Succeeded, accepted.ErrorMessage);

        var finished = await WorkflowTestScope.LoadAsync(factory, tenant, started.WorkflowId);
        Assert.Equal(WorkflowStatus.Finished, finished!.Status);
        Assert.Equal("rejected", finished.State.Properties["Decision"]!.GetValue<string>());
        Assert.Empty(finished.BlockingActivities);
        Assert.Equal(["Reject"], finished.State.ExecutedActivities.Last(a => a.ActivityId == "review").Outcomes);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ThrowingActivity_FaultsInstanceWithMessage(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("faulty")
            .Start("created", nameof(ContentCreatedEvent))
            .Then("issue-badge", nameof(FaultingTask))
            .Then("never", nameof(CountingTask))
            .Connect("created", "Done", "issue-badge")
            .Connect("issue-badge", "Done", "never")
            .Build());

        var context = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent)));

        var stored = await WorkflowTestScope.LoadAsync(factory, tenant, context.WorkflowId);
        Assert.Equal(WorkflowStatus.Faulted, stored!.Status);
        Assert.Equal($"Activity 'issue-badge' (FaultingTask) failed: {FaultingTask.ErrorMessage}", stored.FaultMessage);
        Assert.Equal("Faulted", stored.State.ExecutedActivities.Last().Result);
        Assert.Equal(0, factory.Counter.CountOf(context.WorkflowId));
    }

    [Fact]
    public async Task SendEmailLiquid_ReachesNoDotNetMember()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new WorkflowsPlatformFactory(smtpPort: smtp.Port);
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("sandbox")
            .Start("created", nameof(ContentCreatedEvent))
            .Then("mail", nameof(SendEmailTask), new()
            {
                ["Recipients"] = "apprenant@example.org",
                ["Subject"] = "Sandbox",
                ["Body"] = "[{{ Workflow.GetType }}][{{ Input.Payload.GetType.Assembly }}][{{ Input.Payload.Describe }}][{{ Input.Name.Length }}][{{ Input.Payload.Level }}][{{ Input.Name | upcase }}]",
            })
            .Connect("created", "Done", "mail")
            .Build());

        await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent), new JsonObject
        {
            ["Name"] = "Marie",
            ["Payload"] = JsonValue.Create(new PayloadWithMethods { Level = 3 }),
        });

        var message = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("[][][][][3][MARIE]", (message.TextBody ?? "").TrimEnd());
    }

    /// <summary>A .NET object in a trigger's input; its method must stay out of reach of templates.</summary>
    public sealed class PayloadWithMethods
    {
        public int Level { get; init; }

        public string Describe() => "a method result";
    }

    internal static WorkflowType ReviewType(string workflowTypeId) => new WorkflowTypeBuilder(workflowTypeId)
        .Start("created", nameof(ContentCreatedEvent))
        .Then("review", nameof(UserTaskEvent), new()
        {
            ["Actions"] = new JsonArray("Approve", "RequestMore", "Reject"),
            ["Roles"] = new JsonArray("Formateur"),
        })
        .Then("approved", nameof(SetPropertyTask), new() { ["PropertyName"] = "Decision", ["Value"] = "approved" })
        .Then("rejected", nameof(SetPropertyTask), new() { ["PropertyName"] = "Decision", ["Value"] = "rejected" })
        .Connect("created", "Done", "review")
        .Connect("review", "Approve", "approved")
        .Connect("review", "Reject", "rejected")
        .Build();

    private static Task<UserTaskResult> CompleteAsync(PlatformFactory factory, string tenant, string workflowId, string action, string[] roles) =>
        WorkflowTestScope.RunAsync(factory, tenant, services =>
            services.GetRequiredService<UserTaskService>().CompleteAsync(workflowId, action, roles));
}
