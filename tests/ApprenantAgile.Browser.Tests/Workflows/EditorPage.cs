using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Workflows;

/// <summary>Steps on the workflow editor page that several tests share, by the names and labels a user sees.</summary>
public static class EditorPage
{
    public static async Task OpenAsync(IPage page, string workflowTypeId)
    {
        await page.GotoAsync($"{WorkflowTestData.PathBase}admin/workflows/types/{workflowTypeId}/edit");
        await WaitUntilReadyAsync(page);
    }

    /// <summary>Waits until the script has loaded the type and drawn it.</summary>
    public static Task WaitUntilReadyAsync(IPage page) =>
        page.Locator("#wf-editor[data-ready=true]").WaitForAsync(new() { Timeout = 15_000 });

    public static ILocator Live(IPage page) => page.Locator("#wf-live");

    public static ILocator Box(IPage page, string activityId) => page.Locator($"#wf-canvas g[data-activity-id='{activityId}']");

    public static ILocator ActivityRows(IPage page) => page.Locator("#wf-activities tbody tr");

    public static ILocator TransitionRows(IPage page) => page.Locator("#wf-transitions tbody tr");

    public static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(Live(page)).ToHaveTextAsync("Enregistré.");
    }

    /// <summary>Reads the stored type through the admin JSON API, with the browser context's cookies.</summary>
    public static async Task<JsonObject> ReadTypeAsync(IPage page, string workflowTypeId)
    {
        var response = await page.Context.APIRequest.GetAsync($"{WorkflowTestData.PathBase}admin/workflows/types/{workflowTypeId}");
        Assert.True(response.Ok, $"GET admin/workflows/types/{workflowTypeId} returned {response.Status}.");
        return JsonNode.Parse(await response.TextAsync())!.AsObject();
    }

    public static JsonObject Activity(JsonObject workflowType, string activityId) =>
        workflowType["Activities"]!.AsArray().Single(a => a!["ActivityId"]!.GetValue<string>() == activityId)!.AsObject();
}
