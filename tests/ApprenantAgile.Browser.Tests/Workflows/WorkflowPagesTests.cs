using System.Text.Json.Nodes;
using ApprenantAgile.Browser.Tests.Infrastructure;
using ApprenantAgile.Workflows.Models;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApprenantAgile.Browser.Tests.Workflows;

/// <summary>The workflow types list and the instances pages on the centre tenant.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowPagesTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string PathBase = WorkflowTestData.PathBase;

    public Task InitializeAsync() => WorkflowTestData.EnableWorkflowsAsync(fixture.Host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TypesList_DisablesAndEnablesType()
    {
        var workflowTypeId = WorkflowTestData.NewId("liste");
        var workflowType = WorkflowTestData.ReviewType(workflowTypeId);
        await WorkflowTestData.SaveTypeAsync(fixture.Host, workflowType);
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();

        await page.GotoAsync(PathBase + "admin/workflows/types");
        await Expect(page.Locator("nav.admin-menu a[aria-current=page]")).ToHaveTextAsync("Workflows");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Désactiver – {workflowType.Name}" }).ClickAsync();

        await Expect(page.Locator(".status-success")).ToContainTextAsync($"Le type de workflow « {workflowType.Name} » est désactivé");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = workflowType.Name, Exact = true }) });
        await Expect(row.Locator("td").First).ToHaveTextAsync("Désactivé");
        Assert.False((await EditorPage.ReadTypeAsync(page, workflowTypeId))["IsEnabled"]!.GetValue<bool>());

        await page.GetByRole(AriaRole.Button, new() { Name = $"Activer – {workflowType.Name}" }).ClickAsync();
        await Expect(row.Locator("td").First).ToHaveTextAsync("Activé");
        Assert.True((await EditorPage.ReadTypeAsync(page, workflowTypeId))["IsEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TypesList_RejectsEnablingWithoutStart()
    {
        var workflowTypeId = WorkflowTestData.NewId("sans-depart");
        var workflowType = WorkflowTestData.ReviewType(workflowTypeId);
        workflowType.IsEnabled = false;
        workflowType.Activities[0].IsStart = false;
        await WorkflowTestData.SaveTypeAsync(fixture.Host, workflowType);
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();

        await page.GotoAsync(PathBase + "admin/workflows/types");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Activer – {workflowType.Name}" }).ClickAsync();

        var error = page.Locator(".status-error[role=alert]");
        await Expect(error).ToContainTextAsync($"Le type de workflow « {workflowType.Name} » n’a pas été modifié");
        await Expect(error).ToContainTextAsync("n'a pas d'activité de départ");
        Assert.False((await EditorPage.ReadTypeAsync(page, workflowTypeId))["IsEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TypesList_KeepsJsonListForApiClients()
    {
        var workflowTypeId = WorkflowTestData.NewId("json");
        await WorkflowTestData.SaveTypeAsync(fixture.Host, WorkflowTestData.ReviewType(workflowTypeId));
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);

        var response = await context.APIRequest.GetAsync(PathBase + "admin/workflows/types",
            new() { Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Headers["content-type"]);
        var types = JsonNode.Parse(await response.TextAsync())!.AsArray();
        Assert.Contains(types, t => t!["WorkflowTypeId"]!.GetValue<string>() == workflowTypeId);
    }

    [Fact]
    public async Task Pages_ListAndInstancesPassAxe()
    {
        var workflowTypeId = WorkflowTestData.NewId("instances");
        var workflowType = WorkflowTestData.ReviewType(workflowTypeId, withLog: false, connectMail: false);

        // An invalid condition passes storage (the validator is bypassed) and faults the instance when it runs.
        workflowType.Activities.Add(new()
        {
            ActivityId = "check", Name = "IfElseTask", X = 300, Y = 40,
            Properties = new JsonObject { ["Condition"] = "Input.Score >=" },
        });
        workflowType.Transitions.Add(new() { SourceActivityId = "created", SourceOutcomeName = "Done", DestinationActivityId = "check" });
        await WorkflowTestData.SaveTypeAsync(fixture.Host, workflowType);
        var correlationId = "demande-" + Guid.NewGuid().ToString("N")[..6];
        await WorkflowTestData.TriggerContentCreatedAsync(fixture.Host, correlationId);
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();

        await page.GotoAsync(PathBase + "admin/workflows/types");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = workflowType.Name, Exact = true }) });
        await Expect(row).ToContainTextAsync("1 au total");
        await Expect(row).ToContainTextAsync("0 en cours, 1 en erreur");
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "workflows-liste");

        await row.GetByRole(AriaRole.Link, new() { Name = $"1 au total – {workflowType.Name}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Instances de {workflowType.Name}");
        var instanceRow = page.Locator("table.wf-table tbody tr");
        await Expect(instanceRow).ToHaveCountAsync(1);
        await Expect(instanceRow).ToContainTextAsync("En erreur");
        await Expect(instanceRow).ToContainTextAsync(correlationId);
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "workflows-instances");

        await page.GetByLabel("État").SelectOptionAsync(WorkflowStatus.Finished.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer", Exact = true }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Aucune instance ne correspond.");
        await page.GoBackAsync();

        await instanceRow.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator(".wf-fault")).ToContainTextAsync("check");
        var history = page.Locator("table.wf-table tbody tr");
        await Expect(history).ToHaveCountAsync(2);
        await Expect(history.Nth(0)).ToContainTextAsync("created");
        await Expect(history.Nth(1)).ToContainTextAsync("check");
        await Expect(history.Nth(1)).ToContainTextAsync("En erreur");
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "workflows-instance");
    }
}
