using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Admin;
using ApprenantAgile.Workflows.Http;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Workflows;

public sealed class WorkflowAdminApiTests
{
    // Workflow tenants have a URL prefix and no host name, so any host reaches them.
    private const string Host = "localhost";

    private const string ValidType = """
        {
          "Name": "Revue", "IsEnabled": true,
          "Activities": [
            { "ActivityId": "created", "Name": "ContentCreatedEvent", "IsStart": true },
            { "ActivityId": "fail", "Name": "FaultingTask" }
          ],
          "Transitions": [ { "SourceActivityId": "created", "SourceOutcomeName": "Done", "DestinationActivityId": "fail" } ]
        }
        """;

    [Fact]
    public async Task Activities_RequireManageWorkflows()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;
        using var anonymous = factory.CreateClientForHost(Host);
        using var formateur = factory.CreateClientForHost(Host);
        await TestUsers.CreateAsync(factory, tenant, "formatrice", [StandardRoles.Formateur]);
        await TestUsers.SignInAsync(formateur, $"/{tenant}", "formatrice");

        var anonymousResponse = await anonymous.GetAsync($"/{tenant}/admin/workflows/activities");
        var formateurResponse = await formateur.GetAsync($"/{tenant}/admin/workflows/activities");

        // The endpoints return TypedResults, so ASP.NET Core 10 treats them as API endpoints: the cookie handler
        // returns 401 and 403, with the login or access-denied URL in Location, where admin pages redirect with 302.
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousResponse.StatusCode);
        Assert.StartsWith($"http://{Host}/{tenant}/account/login", anonymousResponse.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, formateurResponse.StatusCode);
        Assert.StartsWith($"http://{Host}/{tenant}/account/access-denied", formateurResponse.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Generic_user_task_endpoint_requires_ManageWorkflows()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;
        using var formateur = factory.CreateClientForHost(Host);
        await TestUsers.CreateAsync(factory, tenant, "formateur-direct", [StandardRoles.Formateur]);
        await TestUsers.SignInAsync(formateur, $"/{tenant}", "formateur-direct");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{tenant}/workflows/instances/{Guid.NewGuid():N}/user-task")
        {
            Content = new StringContent("""{ "Action": "Valider" }""", Encoding.UTF8, "application/json"),
        };
        var response = await formateur.SendAsync(request);

        // Trainers complete review tasks through the review inbox, which adds its own checks.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Activities_ListsTenantKindsInFrench()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite, ApprenantAgile.Workflows.WorkflowsFeatures.Main)).Name;
        using var client = await SignInAsWorkflowEditorAsync(factory, tenant);

        var activities = await client.GetFromJsonAsync<JsonArray>($"/{tenant}/admin/workflows/activities");

        var sendEmail = activities!.Single(a => a!["name"]!.GetValue<string>() == "SendEmailTask")!;
        Assert.Equal("Envoyer un e-mail", sendEmail["displayText"]!.GetValue<string>());
        Assert.Equal("Tâches", sendEmail["category"]!.GetValue<string>());
        Assert.Equal(["Done", "Failed"], sendEmail["outcomes"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        Assert.Contains(sendEmail["settings"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "Subject" && s["kind"]!.GetValue<string>() == "Liquid");
        Assert.DoesNotContain(activities!, a => a!["name"]!.GetValue<string>() == nameof(SignalEvent));
    }

    [Fact]
    public async Task SaveType_NeedsAntiforgeryAndValidates()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;
        using var client = await SignInAsWorkflowEditorAsync(factory, tenant);

        var withoutToken = await client.PutAsync($"/{tenant}/admin/workflows/types/review", Json(ValidType));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("Le jeton antifalsification est absent ou invalide", await withoutToken.Content.ReadAsStringAsync());

        await AddAntiforgeryHeaderAsync(client, tenant);
        var invalid = await client.PutAsync($"/{tenant}/admin/workflows/types/review", Json(ValidType.Replace("\"Done\"", "\"Maybe\"")));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonObject>();
        var messages = problem!["errors"]!["Transitions[0].SourceOutcomeName"]!.AsArray();
        Assert.StartsWith("La transition 1 quitte l'activité « created » par l'issue « Maybe »", messages[0]!.GetValue<string>());

        var saved = await client.PutAsync($"/{tenant}/admin/workflows/types/review", Json(ValidType));
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var stored = await client.GetFromJsonAsync<JsonObject>($"/{tenant}/admin/workflows/types/review");
        Assert.Equal("review", stored!["WorkflowTypeId"]!.GetValue<string>());
        Assert.Equal(2, stored["Activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task SaveType_BadJson_FrenchOrEnglishMessage()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;
        using var client = await SignInAsWorkflowEditorAsync(factory, tenant);
        await AddAntiforgeryHeaderAsync(client, tenant);

        var french = await client.PutAsync($"/{tenant}/admin/workflows/types/review", Json("{ \"Activities\": 3 }"));
        var english = await client.PutAsync($"/{tenant}/admin/workflows/types/review?culture=en", Json("{ \"Activities\": 3 }"));

        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
        Assert.Contains("Le corps de la requête n’est pas un type de workflow valide", await french.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("The body is not a valid workflow type", await english.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Instances_ShowFaultedInstanceAndHistory()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;
        using var client = await SignInAsWorkflowEditorAsync(factory, tenant);
        await AddAntiforgeryHeaderAsync(client, tenant);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsync($"/{tenant}/admin/workflows/types/review", Json(ValidType))).StatusCode);
        var workflowId = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent))).WorkflowId;

        var list = await client.GetFromJsonAsync<JsonArray>($"/{tenant}/admin/workflows/instances?status=Faulted");
        var details = await client.GetFromJsonAsync<JsonObject>($"/{tenant}/admin/workflows/instances/{workflowId}");

        Assert.Equal(workflowId, Assert.Single(list!)!["workflowId"]!.GetValue<string>());
        Assert.Equal("Faulted", details!["Workflow"]!["Status"]!.GetValue<string>());
        Assert.Contains(FaultingTask.ErrorMessage, details["Workflow"]!["FaultMessage"]!.GetValue<string>());
        Assert.Equal(["created", "fail"], details["ExecutedActivities"]!.AsArray().Select(a => a!["ActivityId"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SignalUrl_ResumesInstanceAndRejectsForgedToken(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider)).Name;
        await WorkflowTestScope.SaveTypeAsync(factory, tenant, new WorkflowTypeBuilder("evidence")
            .Start("created", nameof(ContentCreatedEvent))
            .Then("evidence", nameof(SignalEvent), new() { ["SignalName"] = "evidence-received" })
            .Then("count", nameof(CountingTask))
            .Connect("created", "Done", "evidence")
            .Connect("evidence", "Done", "count")
            .Build());
        var workflowId = Assert.Single(await WorkflowTestScope.TriggerAsync(factory, tenant, nameof(ContentCreatedEvent))).WorkflowId;
        var (token, wrongSignal) = await WorkflowTestScope.RunAsync(factory, tenant, services =>
        {
            var tokens = services.GetRequiredService<SignalTokenService>();
            return Task.FromResult((tokens.Protect(new SignalToken(workflowId, "evidence-received")), tokens.Protect(new SignalToken(workflowId, "other"))));
        });
        using var client = factory.CreateClient();

        var forged = await client.PostAsync($"/{tenant}/workflows/signal/{token[..^4]}AAAA", Json("{}"));
        var wrong = await client.PostAsync($"/{tenant}/workflows/signal/{wrongSignal}", Json("{}"));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Equal(0, factory.Counter.CountOf(workflowId));

        var accepted = await client.PostAsync($"/{tenant}/workflows/signal/{token}", Json("""{ "EvidenceUrl": "https://example.org/preuve" }"""));
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var finished = await WorkflowTestScope.LoadAsync(factory, tenant, workflowId);
        Assert.Equal(WorkflowStatus.Finished, finished!.Status);
        Assert.Equal("https://example.org/preuve", finished.State.Input["EvidenceUrl"]!.GetValue<string>());
        Assert.Equal(1, factory.Counter.CountOf(workflowId));

        var replay = await client.PostAsync($"/{tenant}/workflows/signal/{token}", Json("{}"));
        Assert.Equal(HttpStatusCode.NotFound, replay.StatusCode);
    }

    /// <summary>
    /// Returns a client signed in as a user whose only role grants ManageWorkflows, so that the tests
    /// exercise a role grant and not the Administrator role, which passes every permission check.
    /// </summary>
    private static async Task<HttpClient> SignInAsWorkflowEditorAsync(WorkflowsPlatformFactory factory, string tenant)
    {
        await TestUsers.CreateRoleAsync(factory, tenant, "WorkflowEditor", [WorkflowPermissions.ManageWorkflowsName]);
        await TestUsers.CreateAsync(factory, tenant, "editrice", ["WorkflowEditor"]);
        var client = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(client, $"/{tenant}", "editrice");
        return client;
    }

    private static async Task AddAntiforgeryHeaderAsync(HttpClient client, string tenant)
    {
        var token = await client.GetFromJsonAsync<JsonObject>($"/{tenant}/admin/workflows/antiforgery");
        client.DefaultRequestHeaders.Add(token!["headerName"]!.GetValue<string>(), token["token"]!.GetValue<string>());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
