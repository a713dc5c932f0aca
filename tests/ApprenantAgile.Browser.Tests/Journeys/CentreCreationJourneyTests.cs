using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Journeys;

/// <summary>
/// The national team creates a centre from the admin, then the centre's first administrator
/// chooses a password from the e-mailed link and opens the centre's admin. Every page of the
/// journey is checked with axe and photographed for the French guide.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CentreCreationJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NationalTeam_CreatesCentreAndItsAdminSignsIn()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var centre = "centre-grenoble-" + suffix;
        var siteName = "APP de Grenoble " + suffix;
        var adminEmail = $"direction-{suffix}@app-grenoble.example.org";
        await using var context = await fixture.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();

        // Sign in to the national site through its login form.
        await page.GotoAsync("account/login");
        await AxeAssert.NoViolationsAsync(page);
        await BrowserFixture.SignInAsync(page, "", BrowserFixture.AdminUserName);

        // Open the admin dashboard, then the tenants page from the menu.
        await page.GotoAsync("admin");
        Assert.Equal("Tableau de bord", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);

        await page.Locator("nav.admin-menu").GetByRole(AriaRole.Link, new() { Name = "Centres", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/tenants");
        Assert.Equal("Centres", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "centres-liste");

        // An empty form is rejected with the errors listed above the form and next to each field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer un centre" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/tenants/create");
        await AxeAssert.NoViolationsAsync(page);

        var rejected = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Créer le centre" }).ClickAsync(),
            response => response.Request.Method == "POST");
        Assert.Equal(422, rejected.Status);
        Assert.Equal("Le centre n'a pas été créé. Corrigez ces erreurs :", (await page.TextContentAsync(".error-summary h2"))?.Trim());
        Assert.Equal("true", await page.GetAttributeAsync("#Form_Name", "aria-invalid"));
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "centre-creation-erreurs");

        // Fill the form as the national team does and create the centre.
        await page.GetByLabel("Nom du centre").FillAsync(centre);
        await page.GetByLabel("Nom du site").FillAsync(siteName);
        await page.GetByLabel("Préfixe d'adresse").FillAsync(centre);
        await page.GetByLabel("Recette").SelectOptionAsync("centre");
        await page.GetByLabel("Adresse e-mail de l'administrateur").FillAsync(adminEmail);
        await Screenshots.SaveAsync(page, "centre-creation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le centre" }).ClickAsync();

        await page.WaitForURLAsync($"**/admin/tenants/{centre}/created");
        Assert.Equal("Centre créé", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "centre-cree");

        // The link opens the new centre's home page, in French.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ouvrir le site du centre" }).ClickAsync();
        await page.WaitForURLAsync($"**/{centre}/");
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal($"Bienvenue sur {siteName}", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);

        // The centre's administrator has no password yet: setup e-mailed a link to choose one. The
        // administrator opens it in their own browser, so the national team's cookies are not sent.
        var link = fixture.Host.ReadPasswordLinkSentTo(adminEmail);
        Assert.StartsWith(fixture.Host.RootUri + centre + "/account/reset-password?", link);
        await using var centreContext = await fixture.NewContextAsync(Viewports.Desktop);
        page = await centreContext.NewPageAsync();
        await page.GotoAsync(link);
        Assert.Equal("Choisir un nouveau mot de passe", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync(BrowserFixture.Password);
        await page.GetByLabel("Écrivez encore le nouveau mot de passe").FillAsync(BrowserFixture.Password);
        await Screenshots.SaveAsync(page, "mot-de-passe-choisir");
        var saved = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le mot de passe" }).ClickAsync(),
            response => response.Request.Method == "POST");
        Assert.True(saved.Status == 302, $"Saving the password returned {saved.Status} instead of a redirect to the confirmation page.");
        await page.WaitForURLAsync("**/account/reset-password/done");
        Assert.Equal("Votre mot de passe est enregistré", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);

        // The administrator signs in to the centre with the e-mail address and opens its dashboard.
        await BrowserFixture.SignInAsync(page, centre + "/", adminEmail);
        await page.GotoAsync(centre + "/admin");
        Assert.Equal("Tableau de bord", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(siteName, (await page.TextContentAsync(".admin-site"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "admin-centre-ordinateur");

        // The national list shows the new centre as running.
        page = await context.NewPageAsync();
        await page.GotoAsync("admin/tenants");
        var row = page.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = centre, Exact = true }) });
        Assert.Equal("En service", (await row.Locator("td").First.TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task CentreForms_AcceptPostAfterNationalVisit()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "");
        var page = await context.NewPageAsync();
        await page.GotoAsync(BrowserFixture.CentrePrefix + "/account/login");
        await page.GetByLabel("Nom d’utilisateur ou adresse e-mail").FillAsync(BrowserFixture.AdminUserName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(BrowserFixture.Password);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(302, response.Status);
    }
}
