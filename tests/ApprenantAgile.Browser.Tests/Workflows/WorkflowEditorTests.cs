using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApprenantAgile.Browser.Tests.Workflows;

/// <summary>The visual workflow editor on the centre tenant, signed in as its administrator through the login page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowEditorTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string PathBase = WorkflowTestData.PathBase;

    public Task InitializeAsync() => WorkflowTestData.EnableWorkflowsAsync(fixture.Host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Editor_CreatesTypeFromPalette()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();
        var name = "Examen des demandes " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync(PathBase + "admin/workflows/types");
        await page.GetByLabel("Nom du nouveau type de workflow").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer et ouvrir l’éditeur" }).ClickAsync();
        await EditorPage.WaitUntilReadyAsync(page);
        var workflowTypeId = page.Url.Split('/')[^2];
        Assert.StartsWith("examen-des-demandes-", workflowTypeId);

        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter « Contenu créé »" }).ClickAsync();
        await ExpectLiveAsync(page, "Activité « content-created-event-1 » (Contenu créé) ajoutée et sélectionnée.");
        await page.GetByLabel("Activité de départ", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter « Envoyer un e-mail »" }).ClickAsync();
        await page.GetByLabel("Destinataires (séparés par des virgules) (obligatoire)").FillAsync("{{ Input.Email }}");
        await page.GetByLabel("Objet (obligatoire)").FillAsync("Votre demande de badge");

        // Connect by dragging from the event's "Done" connector onto the e-mail box.
        var connector = await page.Locator("circle.wf-connector[data-source='content-created-event-1'][data-outcome='Done']").BoundingBoxAsync();
        var target = await EditorPage.Box(page, "send-email-task-1").BoundingBoxAsync();
        await page.Mouse.MoveAsync(connector!.X + connector.Width / 2, connector.Y + connector.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target!.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Expect(EditorPage.TransitionRows(page)).ToHaveCountAsync(1);
        await Expect(EditorPage.TransitionRows(page).First).ToContainTextAsync("content-created-event-1Terminésend-email-task-1");

        // Move the e-mail box down by dragging it.
        var box = await EditorPage.Box(page, "send-email-task-1").BoundingBoxAsync();
        await page.Mouse.MoveAsync(box!.X + 60, box.Y + 20);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 60, box.Y + 220, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await page.GetByLabel("Activé : les événements démarrent de nouvelles instances").CheckAsync();
        await EditorPage.SaveAsync(page);

        var stored = await EditorPage.ReadTypeAsync(page, workflowTypeId);
        Assert.Equal(name, stored["Name"]!.GetValue<string>());
        Assert.True(stored["IsEnabled"]!.GetValue<bool>());
        Assert.Equal(2, stored["Activities"]!.AsArray().Count);
        var start = EditorPage.Activity(stored, "content-created-event-1");
        Assert.Equal("ContentCreatedEvent", start["Name"]!.GetValue<string>());
        Assert.True(start["IsStart"]!.GetValue<bool>());
        var mail = EditorPage.Activity(stored, "send-email-task-1");
        Assert.Equal("Votre demande de badge", mail["Properties"]!["Subject"]!.GetValue<string>());
        Assert.Equal("{{ Input.Email }}", mail["Properties"]!["Recipients"]!.GetValue<string>());
        Assert.Equal(240, mail["Y"]!.GetValue<int>());
        var transition = Assert.Single(stored["Transitions"]!.AsArray())!;
        Assert.Equal("content-created-event-1", transition["SourceActivityId"]!.GetValue<string>());
        Assert.Equal("Done", transition["SourceOutcomeName"]!.GetValue<string>());
        Assert.Equal("send-email-task-1", transition["DestinationActivityId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editor_EditsExistingType()
    {
        var workflowTypeId = WorkflowTestData.NewId("edition");
        await WorkflowTestData.SaveTypeAsync(fixture.Host, WorkflowTestData.ReviewType(workflowTypeId));
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();
        await EditorPage.OpenAsync(page, workflowTypeId);
        await Expect(EditorPage.TransitionRows(page)).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Modifier les paramètres – mail" }).ClickAsync();
        Assert.Equal("wf-inspector-heading", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.GetByLabel("Objet (obligatoire)").FillAsync("Nouvel objet");

        // Delete with the keyboard: focus the row's button and press Enter.
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer – log" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ExpectLiveAsync(page, "Activité « log » supprimée, avec 1 transition(s).");
        await Expect(EditorPage.ActivityRows(page)).ToHaveCountAsync(2);
        await Expect(EditorPage.TransitionRows(page)).ToHaveCountAsync(1);
        await EditorPage.SaveAsync(page);

        await page.ReloadAsync();
        await EditorPage.WaitUntilReadyAsync(page);
        await Expect(EditorPage.ActivityRows(page)).ToHaveCountAsync(2);
        await Expect(EditorPage.Box(page, "log")).ToHaveCountAsync(0);
        await EditorPage.Box(page, "mail").ClickAsync();
        await Expect(page.GetByLabel("Objet (obligatoire)")).ToHaveValueAsync("Nouvel objet");
        var stored = await EditorPage.ReadTypeAsync(page, workflowTypeId);
        Assert.Single(stored["Transitions"]!.AsArray());
        Assert.DoesNotContain(stored["Activities"]!.AsArray(), a => a!["ActivityId"]!.GetValue<string>() == "log");
    }

    [Fact]
    public async Task Editor_ShowsFrenchErrorAndKeepsChanges()
    {
        var workflowTypeId = WorkflowTestData.NewId("rejet");
        await WorkflowTestData.SaveTypeAsync(fixture.Host, WorkflowTestData.ReviewType(workflowTypeId));
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();
        await EditorPage.OpenAsync(page, workflowTypeId);

        await EditorPage.Box(page, "mail").ClickAsync();
        await page.GetByLabel("Destinataires (séparés par des virgules) (obligatoire)").FillAsync("jury@example.org");
        await page.GetByLabel("Objet (obligatoire)").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

        var summary = page.Locator("#wf-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Activité « mail », paramètre « Subject » : L'objet est manquant.");
        await Expect(page.Locator("#wf-setting-Subject-error")).ToContainTextAsync("L'objet est manquant.");
        await Expect(page.GetByLabel("Objet (obligatoire)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(EditorPage.Box(page, "mail")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("wf-box-error"));
        await Expect(page.GetByLabel("Destinataires (séparés par des virgules) (obligatoire)")).ToHaveValueAsync("jury@example.org");
        await Screenshots.SaveAsync(page, "workflows-editeur-erreur");
        var unchanged = await EditorPage.ReadTypeAsync(page, workflowTypeId);
        Assert.Equal("Ancien objet", EditorPage.Activity(unchanged, "mail")["Properties"]!["Subject"]!.GetValue<string>());

        await page.GetByLabel("Objet (obligatoire)").FillAsync("Objet corrigé");
        await EditorPage.SaveAsync(page);
        await Expect(summary).ToBeHiddenAsync();
        var saved = await EditorPage.ReadTypeAsync(page, workflowTypeId);
        Assert.Equal("jury@example.org", EditorPage.Activity(saved, "mail")["Properties"]!["Recipients"]!.GetValue<string>());
        Assert.Equal("Objet corrigé", EditorPage.Activity(saved, "mail")["Properties"]!["Subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editor_ConnectsAndMovesWithKeyboard()
    {
        var workflowTypeId = WorkflowTestData.NewId("clavier");
        await WorkflowTestData.SaveTypeAsync(fixture.Host, WorkflowTestData.ReviewType(workflowTypeId, withLog: false, connectMail: false));
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();
        await EditorPage.OpenAsync(page, workflowTypeId);
        await Expect(page.Locator("#wf-transition-table")).ToHaveTextAsync("Aucune transition pour l’instant.");

        await page.GetByLabel("Quand cette issue se produit").SelectOptionAsync(new SelectOptionValue { Label = "created → Terminé" });
        await page.GetByLabel("aller à l’activité").SelectOptionAsync(new SelectOptionValue { Label = "mail (Envoyer un e-mail)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter la transition" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ExpectLiveAsync(page, "Transition ajoutée : de « created », issue « Terminé », vers « mail ».");

        await EditorPage.Box(page, "mail").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowDown");
        await Expect(EditorPage.Box(page, "mail")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#wf-inspector-heading")).ToBeFocusedAsync();
        await Expect(page.Locator("#wf-inspector-heading")).ToHaveTextAsync("Paramètres de « mail »");
        await EditorPage.SaveAsync(page);

        var stored = await EditorPage.ReadTypeAsync(page, workflowTypeId);
        var mail = EditorPage.Activity(stored, "mail");
        Assert.Equal(60, mail["X"]!.GetValue<int>());
        Assert.Equal(290, mail["Y"]!.GetValue<int>());
        var transition = Assert.Single(stored["Transitions"]!.AsArray())!;
        Assert.Equal("mail", transition["DestinationActivityId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editor_WithSelectionPassesAxe()
    {
        var workflowTypeId = WorkflowTestData.NewId("axe");
        await WorkflowTestData.SaveTypeAsync(fixture.Host, WorkflowTestData.ReviewType(workflowTypeId));
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase);
        var page = await context.NewPageAsync();
        await EditorPage.OpenAsync(page, workflowTypeId);

        await EditorPage.Box(page, "mail").ClickAsync();
        await Expect(page.Locator("#wf-inspector-heading")).ToHaveTextAsync("Paramètres de « mail »");

        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "workflows-editeur");
    }

    private static Task ExpectLiveAsync(IPage page, string text) => Expect(EditorPage.Live(page)).ToHaveTextAsync(text);
}
