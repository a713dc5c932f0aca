using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Account;

/// <summary>
/// The sign-in pages of a centre, which learners use too: in French, readable on a 360-pixel phone
/// and on a desktop, and free of axe's WCAG 2.1 A and AA violations, also with errors shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountPagesTests(BrowserFixture fixture)
{
    private const string Centre = BrowserFixture.CentrePrefix + "/";

    public static TheoryData<string, string, string, bool> Pages => new()
    {
        // URL, expected heading, screenshot name, phone viewport.
        { Centre + "account/login", "Se connecter", "connexion-ordinateur", false },
        { Centre + "account/login", "Se connecter", "connexion-telephone", true },
        { Centre + "account/forgot-password", "Mot de passe oublié ?", "mot-de-passe-oublie-ordinateur", false },
        { Centre + "account/forgot-password", "Mot de passe oublié ?", "mot-de-passe-oublie-telephone", true },
        { Centre + "account/sign-in-link", "Recevoir un lien de connexion par e-mail", "lien-de-connexion-ordinateur", false },
        { Centre + "account/sign-in-link", "Recevoir un lien de connexion par e-mail", "lien-de-connexion-telephone", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AccountPage_RendersInFrenchAndPassesAxe(string url, string heading, string screenshot, bool isPhone)
    {
        await using var context = await fixture.NewContextAsync(isPhone ? Viewports.Phone : Viewports.Desktop, isPhone);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(url);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(heading, (await page.TextContentAsync("h1"))?.Trim());
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= (isPhone ? Viewports.Phone : Viewports.Desktop).Width, $"{url} is {scrollWidth}px wide, wider than the screen.");
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, screenshot);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Login_ShowsFrenchErrorsAndPassesAxe(bool isPhone)
    {
        await using var context = await fixture.NewContextAsync(isPhone ? Viewports.Phone : Viewports.Desktop, isPhone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Centre + "account/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForSelectorAsync("#UserNameOrEmail[aria-invalid=true]");

        Assert.Equal("Écrivez votre nom d’utilisateur ou votre adresse e-mail.", (await page.TextContentAsync("#UserNameOrEmail-error"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, isPhone ? "connexion-erreur-telephone" : "connexion-erreur-ordinateur");
    }

    [Fact]
    public async Task Login_RejectsWrongPasswordInFrench()
    {
        await using var context = await fixture.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Centre + "account/login");

        await page.GetByLabel("Nom d’utilisateur ou adresse e-mail").FillAsync(BrowserFixture.AdminUserName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("pas le bon mot de passe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForSelectorAsync("[role=alert]");

        Assert.Contains("Le nom d’utilisateur ou le mot de passe n’est pas correct.", await page.InnerTextAsync("[role=alert]"));
        Assert.EndsWith("/account/login", page.Url);
        await AxeAssert.NoViolationsAsync(page);
    }
}
