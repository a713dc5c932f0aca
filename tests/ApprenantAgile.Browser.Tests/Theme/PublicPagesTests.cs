using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Theme;

/// <summary>The centre's public pages in the Agile theme (catalogue map, badge page, verification) on a phone and a laptop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPagesTests(BrowserFixture fixture)
{
    private const string Catalogue = BrowserFixture.CentrePrefix + "/badges";

    public static TheoryData<bool, string> Screens => new()
    {
        // Phone viewport, screenshot suffix.
        { true, "telephone" },
        { false, "ordinateur" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task CatalogueMap_ShowsFamiliesAndLevels(bool isPhone, string suffix)
    {
        await using var context = await NewContextAsync(isPhone);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(Catalogue);

        Assert.Equal(200, response?.Status);
        Assert.Equal("Catalogue des badges", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(8, await page.Locator("table.catalogue tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("table.catalogue thead th[scope=col]").CountAsync() - 1);
        Assert.Equal(24, await page.Locator("table.catalogue td a.badge-link").CountAsync());
        await AssertFitsAsync(page, isPhone);
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "catalogue-" + suffix);
    }

    [Fact]
    public async Task CatalogueMap_StacksLevelsOnPhone()
    {
        await using var context = await NewContextAsync(isPhone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Catalogue);

        var firstCell = page.Locator("table.catalogue tbody tr").First.Locator("td").First;
        var display = await firstCell.EvaluateAsync<string>("e => getComputedStyle(e).display");
        var label = await firstCell.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content");

        Assert.Equal("block", display);
        Assert.Equal("\"" + await firstCell.GetAttributeAsync("data-level") + "\"", label);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task BadgePage_DescribesBadge(bool isPhone, string suffix)
    {
        await using var context = await NewContextAsync(isPhone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Catalogue);
        var badgeName = (await page.Locator("table.catalogue td a.badge-link").First.InnerTextAsync()).Trim();

        await page.Locator("table.catalogue td a.badge-link").First.ClickAsync();
        await page.WaitForSelectorAsync("article.badge-page");

        Assert.Equal(badgeName, (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal($"{badgeName} – {BrowserFixture.CentreSiteName}", await page.TitleAsync());
        Assert.True(await page.Locator("h2", new() { HasText = "Critères" }).IsVisibleAsync());
        await AssertFitsAsync(page, isPhone);
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "badge-" + suffix);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task VerificationPage_UsesThemeLayout(bool isPhone, string suffix)
    {
        await using var context = await NewContextAsync(isPhone);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(BrowserFixture.CentrePrefix + "/verifier");

        Assert.Equal(200, response?.Status);
        Assert.Equal("Vérifier un badge", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(BrowserFixture.CentreSiteName, (await page.TextContentAsync(".site-name"))?.Trim());
        Assert.Equal($"Vérifier un badge – {BrowserFixture.CentreSiteName}", await page.TitleAsync());
        await AssertFitsAsync(page, isPhone);
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "verification-" + suffix);
    }

    [Fact]
    public async Task VerificationPage_EmptyFormShowsErrors()
    {
        await using var context = await NewContextAsync(isPhone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BrowserFixture.CentrePrefix + "/verifier");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync(".error-summary");

        Assert.True(await page.Locator(".error-summary li").CountAsync() > 0);
        await AssertFitsAsync(page, isPhone: true);
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "verification-erreur-telephone");
    }

    private Task<IBrowserContext> NewContextAsync(bool isPhone) =>
        fixture.NewContextAsync(isPhone ? Viewports.Phone : Viewports.Desktop, isPhone);

    private static async Task AssertFitsAsync(IPage page, bool isPhone)
    {
        var width = isPhone ? Viewports.Phone.Width : Viewports.Desktop.Width;
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth}px wide, wider than the {width}px screen.");
    }
}
