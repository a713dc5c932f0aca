using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Portfolio;

/// <summary>
/// A learner builds and publishes a portfolio page on a 360 px phone, and a visitor opens it. Each
/// screen passes axe and fits the phone's width; the screenshots illustrate docs/fr/portfolio.md.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortfolioJourneyTests(BrowserFixture fixture)
{
    private const string Centre = BrowserFixture.CentrePrefix + "/";

    [Fact]
    public async Task Learner_publishes_page_on_phone()
    {
        var (userName, badgeNames) = await PortfolioBrowserData.CreateLearnerWithBadgesAsync(fixture.Host);
        await using var learner = await fixture.NewContextAsync(Viewports.Phone, isMobile: true);
        var page = await learner.NewPageAsync();
        await BrowserFixture.SignInAsync(page, Centre, userName);

        // The dashboard lists the three badges and the applications.
        await page.GotoAsync(Centre + "mon-espace");
        Assert.Equal("Mon espace", (await page.TextContentAsync("h1"))?.Trim());
        foreach (var name in badgeNames)
        {
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = name }).IsVisibleAsync(), $"The dashboard does not show the badge '{name}'.");
        }

        await CheckScreenAsync(page, "portfolio-mon-espace");

        // The learner builds a public page with two of the three badges and one piece of evidence.
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer une page" }).ClickAsync();
        await page.GetByLabel("Titre de la page").FillAsync("Mes compétences pour un emploi d'animatrice");
        await page.GetByLabel("Présentation (facultative)").FillAsync("Je cherche un poste d'**animatrice** en centre social.");
        await page.GetByLabel("Tout le monde (publique)").CheckAsync();
        await page.GetByLabel(badgeNames[0], new() { Exact = true }).CheckAsync();
        await page.GetByLabel(badgeNames[1], new() { Exact = true }).CheckAsync();
        await page.Locator(".badge-choice").Filter(new() { HasText = badgeNames[0] }).GetByLabel("Photo de l'atelier").CheckAsync();
        await CheckScreenAsync(page, "portfolio-editeur");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la page" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Equal("La page est enregistrée.", (await page.GetByRole(AriaRole.Status).TextContentAsync())?.Trim());
        var publicUrl = await page.GetByLabel("Tout le monde peut ouvrir cette adresse :").InputValueAsync();
        await CheckScreenAsync(page, "portfolio-adresse");

        // The owner's view shows the sharing tools of each badge.
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir la page" }).ClickAsync();
        await page.Locator("details.share summary").First.ClickAsync();
        Assert.True(await page.Locator("img.qr-code").First.IsVisibleAsync(), "The sharing tools show no QR code.");
        await CheckScreenAsync(page, "portfolio-partage");

        // An anonymous visitor gets the two chosen badges only, without the sharing tools.
        await using var visitor = await fixture.NewContextAsync(Viewports.Phone, isMobile: true);
        var visitorPage = await visitor.NewPageAsync();
        var response = await visitorPage.GotoAsync(publicUrl);

        Assert.Equal(200, response?.Status);
        Assert.Equal("Mes compétences pour un emploi d'animatrice", (await visitorPage.TextContentAsync("h1"))?.Trim());
        Assert.Equal(2, await visitorPage.Locator("section.portfolio-badge").CountAsync());
        Assert.Equal(0, await visitorPage.GetByText(badgeNames[2]).CountAsync());
        Assert.Equal(0, await visitorPage.Locator("details.share").CountAsync());
        Assert.Equal(1, await visitorPage.GetByRole(AriaRole.Link, new() { Name = "Photo de l'atelier" }).CountAsync());
        await CheckScreenAsync(visitorPage, "portfolio-page-publique");
    }

    private static async Task CheckScreenAsync(IPage page, string screenshot)
    {
        await AxeAssert.NoViolationsAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Viewports.Phone.Width, $"{page.Url} is {scrollWidth}px wide, wider than the {Viewports.Phone.Width}px screen.");
        await Screenshots.SaveAsync(page, screenshot);
    }
}
