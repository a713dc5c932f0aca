using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// The reminder timer of the centre's review workflow, due once, fires once in the cluster: both
/// node processes look for due timers every second and the Redis lock lets one of them resume it.
/// </summary>
[Collection(TwoNodeClusterCollection.Name)]
public sealed class ClusterTimerTests(TwoNodeCluster cluster, ITestOutputHelper output)
{
    private const string ReminderSubject = "Rappel : une demande de badge attend";

    /// <summary>A cron timer fires at the next minute boundary: at most 60 s, plus a poll of the nodes.</summary>
    private static readonly TimeSpan FireTimeout = TimeSpan.FromSeconds(70);

    /// <summary>How long both nodes keep polling after the reminder, for a second one to show up; many times the poll interval.</summary>
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Reminder_due_once_fires_once_across_nodes()
    {
        var centre = await ClusterCentre.CreateAsync(cluster, "tmr");
        using (var admin = ClusterCentre.CreateClient(cluster.NodeA))
        {
            await TestUsers.SignInAsync(admin, centre.PathBase, centre.AdminEmail, ClusterCentre.Password);
            await ImportAsync(admin, centre, ReviewWorkflowWithMinuteReminder());
        }

        using var learner = ClusterCentre.CreateClient(cluster.NodeB);
        await TestUsers.SignInAsync(learner, centre.PathBase, ClusterCentre.Learner, ClusterCentre.Password);
        var applicationId = await centre.ApplyAsync(learner);
        var submitted = DateTime.UtcNow;

        var first = await centre.WaitForMessagesAsync(centre.EmailOf(ClusterCentre.Trainer), ReminderSubject, timeout: FireTimeout);
        output.WriteLine($"The reminder arrived {(DateTime.UtcNow - submitted).TotalSeconds:0} s after the application was sent.");
        await Task.Delay(DuplicateWindow);
        var reminders = cluster.Smtp.Messages
            .Where(m => m.To.Mailboxes.Any(a => a.Address == centre.EmailOf(ClusterCentre.Trainer)) && (m.Subject ?? "").Contains(ReminderSubject, StringComparison.Ordinal))
            .ToList();

        var reminder = Assert.Single(reminders);
        Assert.Contains(applicationId, reminder.TextBody);
        Assert.Same(first[0], reminders[0]);
    }

    /// <summary>The shipped centre recipe's review workflow with its 7-day reminder replaced by a timer due at the next minute.</summary>
    private static JsonObject ReviewWorkflowWithMinuteReminder()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Find("recipes", "centre.recipe.json")))!.AsObject();
        var step = recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "WorkflowType")!.DeepClone().AsObject();
        var timer = step["data"]!.AsArray().SelectMany(t => t!["Activities"]!.AsArray()).Single(a => (string?)a!["ActivityId"] == "reminder-timer")!;
        timer["Properties"] = new JsonObject { ["Cron"] = "* * * * *" };
        return new JsonObject { ["name"] = "rappel-a-la-minute", ["steps"] = new JsonArray(step) };
    }

    private static async Task ImportAsync(HttpClient admin, ClusterCentre centre, JsonObject recipe)
    {
        var page = await admin.GetStringAsync($"{centre.PathBase}/admin/deployment");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.ReadAntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(recipe.ToJsonString())), "recipe", "rappel.recipe.json" },
        };

        var response = await admin.PostAsync($"{centre.PathBase}/admin/deployment/import", form);

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Importing the workflow recipe on node A answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
