using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Admin;

/// <summary>The national admin's API tokens page: the list and form, then the page that shows a new token once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiTokensPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Token_creation_pages_pass_axe()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "");
        var page = await context.NewPageAsync();

        await page.GotoAsync("admin/api-tokens");
        Assert.Equal("Jetons d'API", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Contains("dans l'en-tête Authorization, après le mot Bearer.", await page.TextContentAsync("main"));
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "jetons-api");

        await page.GetByLabel("Nom du jeton").FillAsync("Script de provisionnement");
        await page.GetByLabel("(ManageTenants)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le jeton" }).ClickAsync();

        Assert.Equal("Jeton créé", (await page.TextContentAsync("h1"))?.Trim());
        Assert.StartsWith("aa_", await page.GetByLabel("Jeton", new() { Exact = true }).InputValueAsync());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "jeton-cree");
    }
}
