using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Theme;

/// <summary>The Agile theme's home page, in French, on the national site and on a prefixed centre.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string, bool> Pages => new()
    {
        // URL relative to the host, expected site name, screenshot name, phone viewport.
        { "", BrowserFixture.NationalSiteName, "accueil-national-ordinateur", false },
        { "", BrowserFixture.NationalSiteName, "accueil-national-telephone", true },
        { BrowserFixture.CentrePrefix + "/", BrowserFixture.CentreSiteName, "accueil-centre-ordinateur", false },
        { BrowserFixture.CentrePrefix + "/", BrowserFixture.CentreSiteName, "accueil-centre-telephone", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task HomePage_RendersSiteNameAndPassesAxe(string url, string siteName, string screenshot, bool isPhone)
    {
        await using var context = await fixture.NewContextAsync(isPhone ? Viewports.Phone : Viewports.Desktop, isPhone);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(url);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal($"Bienvenue sur {siteName}", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal($"Accueil – {siteName}", await page.TitleAsync());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, screenshot);
    }

    [Theory]
    [InlineData("")]
    [InlineData(BrowserFixture.CentrePrefix + "/")]
    public async Task HomePage_LoadsThemeStylesheet(string url)
    {
        await using var context = await fixture.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();
        var stylesheetStatus = 0;
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith("/css/theme.css", StringComparison.Ordinal))
            {
                stylesheetStatus = response.Status;
            }
        };

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var href = await page.GetAttributeAsync("link[rel=stylesheet]", "href");
        Assert.Equal("/" + url + "_content/ApprenantAgile.AgileTheme/css/theme.css", href);
        Assert.Equal(200, stylesheetStatus);
        var headerBackground = await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(15, 81, 50)", headerBackground);
    }

    [Theory]
    [InlineData("")]
    [InlineData(BrowserFixture.CentrePrefix + "/")]
    public async Task HomePage_FitsPhoneWidth(string url)
    {
        await using var context = await fixture.NewContextAsync(Viewports.Phone, isMobile: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(url);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Viewports.Phone.Width, $"The page is {scrollWidth}px wide, wider than the {Viewports.Phone.Width}px screen.");
    }

    [Fact]
    public async Task LanguageSwitch_ShowsCentreHomeInEnglish()
    {
        await using var context = await fixture.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BrowserFixture.CentrePrefix + "/");

        await page.ClickAsync("button[name=culture][value=en]");
        await page.WaitForSelectorAsync("html[lang=en]");

        Assert.EndsWith("/" + BrowserFixture.CentrePrefix + "/", page.Url);
        Assert.Equal($"Welcome to {BrowserFixture.CentreSiteName}", (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
    }

    [Fact]
    public async Task LanguageSwitch_StaysWithinCentre()
    {
        await using var context = await fixture.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BrowserFixture.CentrePrefix + "/");
        await page.ClickAsync("button[name=culture][value=en]");
        await page.WaitForSelectorAsync("html[lang=en]");

        await page.GotoAsync("");

        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
    }
}
