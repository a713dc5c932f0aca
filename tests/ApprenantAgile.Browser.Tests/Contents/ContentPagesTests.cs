using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Contents;

/// <summary>
/// A centre's administrator defines a content type with a required text field, writes an item
/// (first with a validation error), publishes it, saves a draft and reads the versions; the
/// learner opens the public page on a desktop and on a phone. axe checks every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentPagesTests(BrowserFixture fixture)
{
    private const string Centre = BrowserFixture.CentrePrefix + "/";

    [Fact]
    public async Task ContentAdmin_DefinesTypeWritesItemAndPublishes()
    {
        var typeName = "Atelier" + Guid.NewGuid().ToString("N")[..6];
        var typeDisplayName = "Atelier " + typeName[^6..];
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, Centre);
        var page = await context.NewPageAsync();

        // Create the type, then give it a required text field.
        await page.GotoAsync(Centre + "admin/content-types/create");
        await page.GetByLabel("Nom affiché").FillAsync(typeDisplayName);
        await page.GetByLabel("Nom technique").FillAsync(typeName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content-types/{typeName}");
        Assert.Equal($"Type de contenu {typeDisplayName}", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un champ" }).ClickAsync();
        await page.WaitForURLAsync("**/fields/add");
        await AxeAssert.NoViolationsAsync(page);
        await page.GetByLabel("Nom affiché").FillAsync("Lieu");
        await page.GetByLabel("Nom technique").FillAsync("Lieu");
        await page.GetByLabel("Texte", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Obligatoire").CheckAsync();
        await Screenshots.SaveAsync(page, "type-de-contenu-ajout-champ");
        var added = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST");
        Assert.True(added.Status == 302, $"Adding the field returned {added.Status} instead of a redirect to the type's page.");
        await page.WaitForURLAsync($"**/admin/content-types/{typeName}");
        Assert.Equal("Lieu", (await page.TextContentAsync("tbody th[scope=row]"))?.Trim());
        Assert.Equal("Texte", (await page.TextContentAsync("tbody td:nth-of-type(2)"))?.Trim());
        var captionWidth = await page.EvalOnSelectorAsync<double>("caption", "e => e.getBoundingClientRect().width");
        Assert.True(captionWidth <= 1, $"The fields table's caption is for screen readers only, but it is {captionWidth}px wide on screen.");
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "type-de-contenu-modification");

        // A new item without its required fields is rejected, with the errors in French.
        await page.GotoAsync(Centre + "admin/contents");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Nouveau : {typeDisplayName}" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/contents/create/{typeName}");
        Assert.Equal(["Titre", typeDisplayName], (await page.Locator("fieldset.content-part > legend").AllTextContentsAsync()).Select(t => t.Trim()).ToList());
        await AxeAssert.NoViolationsAsync(page);
        var rejected = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync(),
            response => response.Request.Method == "POST");
        Assert.Equal(422, rejected.Status);
        Assert.Contains("Lieu est obligatoire.", await page.InnerTextAsync("[role=alert]"));
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "contenu-creation-erreur");

        // Fill it in and publish it.
        await page.GetByLabel("Titre").FillAsync("Atelier numérique du mardi");
        await page.GetByLabel("Lieu").FillAsync("Salle 2, 12 rue des Écoles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        var contentItemId = page.Url.Split('/')[^2];
        Assert.Equal("Modifier Atelier numérique du mardi", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "contenu-modification");

        // The editor of an existing item shows its errors the same way.
        await page.GetByLabel("Titre").FillAsync("");
        var rejectedEdit = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync(),
            response => response.Request.Method == "POST");
        Assert.Equal(422, rejectedEdit.Status);
        Assert.Equal("true", await page.GetAttributeAsync("input[name='TitlePart.Title']", "aria-invalid"));
        await AxeAssert.NoViolationsAsync(page);

        // A second version as a draft; the list and the version history show both.
        await page.GetByLabel("Titre").FillAsync("Atelier numérique du jeudi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await page.GotoAsync(Centre + "admin/contents");
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "contenus-liste");

        await page.GotoAsync($"{Centre}admin/contents/{contentItemId}/versions");
        var statuses = await page.Locator("tbody tr td:first-of-type").AllTextContentsAsync();
        Assert.Equal(["Brouillon", "Publié"], statuses.Select(s => s.Trim()).ToList());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "contenu-versions");

        // The public page shows the published version, on a desktop and on a phone.
        foreach (var (viewport, isPhone, screenshot) in new[] { (Viewports.Desktop, false, "contenu-public-ordinateur"), (Viewports.Phone, true, "contenu-public-telephone") })
        {
            await using var visitor = await fixture.NewContextAsync(viewport, isPhone);
            var publicPage = await visitor.NewPageAsync();
            var response = await publicPage.GotoAsync($"{Centre}contents/{contentItemId}");

            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            Assert.Equal("Atelier numérique du mardi", (await publicPage.TextContentAsync("h1"))?.Trim());
            Assert.Equal("fr", await publicPage.GetAttributeAsync("html", "lang"));
            var scrollWidth = await publicPage.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= viewport.Width, $"The public page is {scrollWidth}px wide, wider than the {viewport.Width}px screen.");
            await AxeAssert.NoViolationsAsync(publicPage);
            await Screenshots.SaveAsync(publicPage, screenshot);
        }
    }
}
