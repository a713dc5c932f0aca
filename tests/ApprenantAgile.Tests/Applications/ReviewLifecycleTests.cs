using System.Net;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// The review workflow over time: the 7-day reminder, a host restart, concurrent approvals and an edited
/// workflow. Tests that count timers or change the workflow get a centre of their own.
/// </summary>
public sealed class ReviewLifecycleTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    private const string DefaultWorkflowTypeId = "examen-demande-de-badge";
    private const string ReminderSubject = "Rappel";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reminder_FiresAfterSevenDaysWithoutDecision(DatabaseProvider provider)
    {
        var site = await host.CreateSiteAsync(provider);
        var clock = host.Factory.Clock;

        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        var waiting = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
        var decided = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
        Assert.Equal(HttpStatusCode.Redirect, (await site.DecideAsync(trainer, decided, ReviewActions.Refuse, "Pas assez de preuves.")).StatusCode);
        await site.WaitForMessagesToAsync(ReviewTestSite.Learner, "n'est pas acceptée", decided);

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await site.ProcessDueTimersAsync());
        Assert.Empty(site.MessagesTo(ReviewTestSite.Trainer1, ReminderSubject));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, await site.ProcessDueTimersAsync());

        // Both timers fired, but only the application still waiting sends a reminder.
        var reminder = Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Trainer1, ReminderSubject));
        Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Trainer2, ReminderSubject));
        Assert.Contains($"/admin/demandes/{waiting}", reminder.TextBody);
        Assert.Equal(0, await site.ProcessDueTimersAsync());
        Assert.Single(site.MessagesTo(ReviewTestSite.Trainer1, ReminderSubject));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task HostRestart_ResumesReviewOnApproval(DatabaseProvider provider)
    {
        var smtp = host.Smtp;
        var appData = Path.Combine(Path.GetTempPath(), "aa-tests", "restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            string tenant;
            string id;
            using (var first = new ApplicationsPlatformFactory(smtp.Port, appData))
            {
                await first.SetUpNationalTenantAsync();
                var site = await ReviewTestSite.CreateAsync(first, smtp, provider);
                tenant = site.Tenant;
                using var learner = await site.SignInAsync(ReviewTestSite.Learner);
                id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
            }

            using var second = new ApplicationsPlatformFactory(smtp.Port, appData);
            var restarted = new ReviewTestSite(second, smtp, tenant);
            using var trainer = await restarted.SignInAsync(ReviewTestSite.Trainer1);

            Assert.Equal(HttpStatusCode.Redirect, (await restarted.DecideAsync(trainer, id, ReviewActions.Approve)).StatusCode);

            var approved = await restarted.GetApplicationAsync(id);
            Assert.Equal(BadgeApplicationStatus.Approved, approved.Status);
            await IssuedAssertionChecks.AssertIssuedToAsync(restarted, id, ReviewTestSite.Learner);
            Assert.Single(await restarted.WaitForMessagesToAsync(ReviewTestSite.Learner, "Bravo", approved.AssertionUrl));
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
        var site = await host.SharedSiteAsync(provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer1 = await site.SignInAsync(ReviewTestSite.Trainer1);
        using var trainer2 = await site.SignInAsync(ReviewTestSite.Trainer2);
        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
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
        var final = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.Approved, final.Status);
        Assert.Single(final.Thread, e => e.Kind == ThreadEntryKind.Decision);
        await IssuedAssertionChecks.AssertIssuedToAsync(site, id, ReviewTestSite.Learner);
        Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Learner, "Bravo", final.AssertionUrl));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EditedWorkflow_WithoutReminder_SendsNone(DatabaseProvider provider)
    {
        var site = await host.CreateSiteAsync(provider);
        await RemoveReminderAsync(site);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
        await site.WaitForMessagesToAsync(ReviewTestSite.Trainer2, "Nouvelle demande de badge", id);

        host.Factory.Clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal(0, await site.ProcessDueTimersAsync());
        Assert.Empty(site.MessagesTo(ReviewTestSite.Trainer1, ReminderSubject));
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
