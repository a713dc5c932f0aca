using ApprenantAgile.Browser.Tests.Infrastructure;
using ApprenantAgile.Browser.Tests.Portfolio;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Account;

/// <summary>
/// A learner on a 360 px phone signs in from the centre's home page, reaches Mon espace and Mes demandes
/// through the account navigation, and signs out. Each screen passes axe and fits the phone's width, and the
/// screenshot of Mon espace with its header illustrates docs/fr/portfolio.md.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountNavigationJourneyTests(BrowserFixture fixture)
{
    private const string Centre = BrowserFixture.CentrePrefix + "/";

    [Fact]
    public async Task Learner_signs_in_and_out_from_header()
    {
        var (userName, _) = await PortfolioBrowserData.CreateLearnerWithBadgesAsync(fixture.Host);
        await using var context = await fixture.NewContextAsync(Viewports.Phone, isMobile: true);
        var page = await context.NewPageAsync();

        // An anonymous visitor finds the sign-in link in the header of the home page.
        await page.GotoAsync(Centre);
        var accountNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Votre compte" });
        await CheckScreenAsync(page);
        await accountNav.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).ClickAsync();

        await page.GetByLabel("Nom d’utilisateur ou adresse e-mail").FillAsync(userName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        // The sign-in returns to the home page, whose header now names the learner and lists their pages.
        await page.WaitForURLAsync(url => url.EndsWith("/" + Centre, StringComparison.Ordinal));
        Assert.Equal($"Connecté·e : {userName}", (await accountNav.Locator(".account-user").TextContentAsync())?.Trim());
        Assert.Equal(0, await accountNav.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).CountAsync());
        await CheckScreenAsync(page);

        await accountNav.GetByRole(AriaRole.Link, new() { Name = "Mon espace" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/mon-espace", StringComparison.Ordinal));
        Assert.Equal("Mon espace", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal("page", await accountNav.GetByRole(AriaRole.Link, new() { Name = "Mon espace" }).GetAttributeAsync("aria-current"));
        await CheckScreenAsync(page);
        await Screenshots.SaveAsync(page, "compte-navigation-telephone");

        // The learner pages built with Razor show the same navigation.
        await accountNav.GetByRole(AriaRole.Link, new() { Name = "Mes demandes" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/mes-demandes", StringComparison.Ordinal));
        Assert.Equal("page", await accountNav.GetByRole(AriaRole.Link, new() { Name = "Mes demandes" }).GetAttributeAsync("aria-current"));
        await CheckScreenAsync(page);

        // Signing out returns to the home page, with the sign-in link back in the header.
        await accountNav.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/" + Centre, StringComparison.Ordinal));
        Assert.True(await accountNav.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).IsVisibleAsync(), "The home page shows no sign-in link after signing out.");
        Assert.Equal(0, await accountNav.GetByRole(AriaRole.Link, new() { Name = "Mon espace" }).CountAsync());
    }

    /// <summary>Checks axe, the page width and the size of every target of the account navigation.</summary>
    private static async Task CheckScreenAsync(IPage page)
    {
        await AxeAssert.NoViolationsAsync(page);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Viewports.Phone.Width, $"{page.Url} is {scrollWidth}px wide, wider than the {Viewports.Phone.Width}px screen.");

        var targets = page.Locator(".account-nav a, .account-nav button");
        var count = await targets.CountAsync();
        Assert.True(count > 0, $"{page.Url} has no account navigation target.");
        for (var i = 0; i < count; i++)
        {
            var box = await targets.Nth(i).BoundingBoxAsync();
            var name = (await targets.Nth(i).TextContentAsync())?.Trim();
            Assert.NotNull(box);
            Assert.True(box.Height >= 48, $"Target '{name}' on {page.Url} is {box.Height}px high, less than 48px.");
            Assert.True(box.Width >= 48, $"Target '{name}' on {page.Url} is {box.Width}px wide, less than 48px.");
        }
    }
}
