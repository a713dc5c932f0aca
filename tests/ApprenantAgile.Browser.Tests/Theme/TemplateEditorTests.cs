using System.Text.RegularExpressions;
using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Theme;

/// <summary>A centre administrator edits, previews, breaks, saves and resets the home page template in the admin.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TemplateEditorTests(BrowserFixture fixture)
{
    private const string Centre = BrowserFixture.CentrePrefix + "/";
    private const string Editor = Centre + "admin/templates/Home";

    [Fact]
    public async Task TemplateList_ShowsThemeAndModuleTemplates()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, Centre);
        var page = await context.NewPageAsync();

        await page.GotoAsync(Centre + "admin/templates");

        Assert.Equal("Gabarits", (await page.TextContentAsync("h1"))?.Trim());
        foreach (var name in new[] { "Layout", "Home", "Catalogue.Map", "Catalogue.Badge" })
        {
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).IsVisibleAsync(), $"The template list has no link to {name}.");
        }

        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "gabarits-liste");
    }

    [Fact]
    public async Task Editor_RejectsBrokenTemplateWithLine()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, Centre);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Editor);

        await page.GetByLabel("Code Liquid").FillAsync("<h1>{{ Model.SiteName }}</h1>\n<p>\n{% if Model.ContactEmail %}\n{{ Model.ContactEmail }}\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForSelectorAsync("#source-error");

        var error = (await page.TextContentAsync("#source-error"))?.Trim() ?? "";
        Assert.Matches(SyntaxErrorLine(), error);
        Assert.Equal("true", await page.GetAttributeAsync("#source", "aria-invalid"));
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "gabarits-erreur");

        await page.GotoAsync(Centre);
        Assert.Equal($"Bienvenue sur {BrowserFixture.CentreSiteName}", (await page.TextContentAsync("h1"))?.Trim());
    }

    [Fact]
    public async Task Editor_PreviewsSavesAndResets()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, Centre);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Editor);
        const string source = "<h1>Bienvenue à l’atelier de {{ Model.SiteName }}</h1>\n<p>{{ \"Here you will find your badges. A badge shows what you have learned at your training centre.\" | t }}</p>";

        try
        {
            await page.GetByLabel("Code Liquid").FillAsync(source);
            await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu" }).ClickAsync();
            var preview = page.FrameLocator("iframe.template-preview");
            await Assertions.Expect(preview.Locator("h1")).ToHaveTextAsync($"Bienvenue à l’atelier de {BrowserFixture.CentreSiteName}");
            await AxeAssert.NoViolationsAsync(page);
            await Screenshots.SaveAsync(page, "gabarits-apercu");

            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Les pages du site utilisent maintenant votre version.");
            await AxeAssert.NoViolationsAsync(page);

            await page.GotoAsync(Centre);
            Assert.Equal($"Bienvenue à l’atelier de {BrowserFixture.CentreSiteName}", (await page.TextContentAsync("h1"))?.Trim());

            await page.GotoAsync(Editor);
            await page.GetByRole(AriaRole.Button, new() { Name = "Rétablir la version du thème" }).ClickAsync();
            await page.WaitForSelectorAsync("text=Ce site utilise la version du thème.");
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await ResetHomeAsync(page);
        }

        await page.GotoAsync(Centre);
        Assert.Equal($"Bienvenue sur {BrowserFixture.CentreSiteName}", (await page.TextContentAsync("h1"))?.Trim());
    }

    /// <summary>Removes a Home override a failed assertion may have left, so the other theme tests see the theme's page.</summary>
    private static async Task ResetHomeAsync(IPage page)
    {
        await page.GotoAsync(Editor);
        var reset = page.GetByRole(AriaRole.Button, new() { Name = "Rétablir la version du thème" });
        if (await reset.CountAsync() > 0)
        {
            await reset.ClickAsync();
            await page.WaitForSelectorAsync("text=Ce site utilise la version du thème.");
        }
    }

    [GeneratedRegex(@"^Erreur de syntaxe ligne [3-5], colonne \d+ : ")]
    private static partial Regex SyntaxErrorLine();
}
