using System.Net;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Applications;

/// <summary>The review workflow over time: the 7-day reminder, a host restart, concurrent approvals and an edited workflow.</summary>
public sealed class ReviewLifecycleTests
{
    private const string DefaultWorkflowTypeId = "examen-demande-de-badge";
    private const string ReminderSubject = "Rappel";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(10);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reminder_FiresAfterSevenDaysWithoutDecision(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, provider);

        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        var waiting = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);
        var decided = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);
        Assert.Equal(HttpStatusCode.Redirect, (await site.DecideAsync(trainer, decided, ReviewActions.Refuse, "Pas assez de preuves.")).StatusCode);
        await smtp.WaitForMessagesAsync(5, MailTimeout);

        factory.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await site.ProcessDueTimersAsync());
        Assert.Empty(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Trainer1, ReminderSubject));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, await site.ProcessDueTimersAsync());

        // Both timers fired, but only the application still waiting sends a reminder.
        await smtp.WaitForMessagesAsync(7, MailTimeout);
        var reminder = Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Trainer1, ReminderSubject));
        Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Trainer2, ReminderSubject));
        Assert.Contains($"/admin/demandes/{waiting}", reminder.TextBody);
        Assert.Equal(0, await site.ProcessDueTimersAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task HostRestart_ResumesReviewOnApproval(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var appData = Path.Combine(Path.GetTempPath(), "aa-tests", "restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            string tenant;
            string id;
            using (var first = new ApplicationsPlatformFactory(smtp.Port, appData))
            {
                var site = await ReviewTestSite.CreateAsync(first, provider);
                tenant = site.Tenant;
                using var learner = await site.SignInAsync(ReviewTestSite.Learner);
                id = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);
            }

            using var second = new ApplicationsPlatformFactory(smtp.Port, appData);
            var restarted = new ReviewTestSite(second, tenant);
            using var trainer = await restarted.SignInAsync(ReviewTestSite.Trainer1);

            Assert.Equal(HttpStatusCode.Redirect, (await restarted.DecideAsync(trainer, id, ReviewActions.Approve)).StatusCode);

            Assert.Equal(BadgeApplicationStatus.Approved, (await restarted.GetApplicationAsync(id)).Status);
            Assert.Single(second.Issuer.Assertions);
            await smtp.WaitForMessagesAsync(3, MailTimeout);
            Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Learner, "Bravo"));
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
    public async Task TwentySimultaneousApprovals_IssueOneBadge(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer1 = await site.SignInAsync(ReviewTestSite.Trainer1);
        using var trainer2 = await site.SignInAsync(ReviewTestSite.Trainer2);
        var id = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);
        var reviewUrl = $"{site.PathBase}/admin/demandes/{id}";
        var token1 = TestUsers.ReadAntiforgeryToken(await (await trainer1.GetAsync(reviewUrl)).Content.ReadAsStringAsync());
        var token2 = TestUsers.ReadAntiforgeryToken(await (await trainer2.GetAsync(reviewUrl)).Content.ReadAsStringAsync());

        var approvals = Enumerable.Range(0, 20).Select(index => Task.Run(() =>
        {
            var (client, token) = index % 2 == 0 ? (trainer1, token1) : (trainer2, token2);
            return client.PostAsync($"{reviewUrl}/decision", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["decision"] = ReviewActions.Approve,
                ["comment"] = "",
            }));
        }));
        var responses = await Task.WhenAll(approvals);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, factory.Issuer.CallCount);
        Assert.Single(factory.Issuer.Assertions);
        var final = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.Approved, final.Status);
        Assert.Single(final.Thread, e => e.Kind == ThreadEntryKind.Decision);
        await smtp.WaitForMessagesAsync(3, MailTimeout);
        Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Learner, "Bravo"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EditedWorkflow_WithoutReminder_SendsNone(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, provider);
        await RemoveReminderAsync(site);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        var id = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);
        await smtp.WaitForMessagesAsync(2, MailTimeout);

        factory.Clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal(0, await site.ProcessDueTimersAsync());
        Assert.Empty(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Trainer1, ReminderSubject));
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
    }

    /// <summary>Removes the reminder branch from the default workflow type, as an editor would, and saves it after validation.</summary>
    private static async Task RemoveReminderAsync(ReviewTestSite site)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant);
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowTypeStore>();
        var workflowType = await store.GetAsync(DefaultWorkflowTypeId);
        Assert.NotNull(workflowType);
        string[] reminder = ["reminder-timer", "reminder-check", "reminder-email"];
        workflowType.Activities.RemoveAll(a => reminder.Contains(a.ActivityId));
        workflowType.Transitions.RemoveAll(t => reminder.Contains(t.SourceActivityId) || reminder.Contains(t.DestinationActivityId));

        var enabled = scope.ServiceProvider.GetRequiredService<ITenantAccessor>().Current.EnabledFeatures;
        var errors = scope.ServiceProvider.GetRequiredService<WorkflowTypeValidator>().Validate(workflowType, enabled);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        await store.SaveAsync(workflowType);
    }
}
