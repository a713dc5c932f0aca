using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Admin;

/// <summary>The admin shell's dashboard, signed in through the test header sign-in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminDashboardTests(BrowserFixture fixture)
{
    private const string AccessAdmin = "AccessAdmin";

    public static TheoryData<string, string, string, bool> Pages => new()
    {
        // URL relative to the host, expected site name, screenshot name, phone viewport.
        { "admin", BrowserFixture.NationalSiteName, "admin-national-ordinateur", false },
        { BrowserFixture.CentrePrefix + "/admin", BrowserFixture.CentreSiteName, "admin-centre-telephone", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Dashboard_RendersShellAndPassesAxe(string url, string siteName, string screenshot, bool isPhone)
    {
        await using var context = await fixture.NewSignedInContextAsync(isPhone ? Viewports.Phone : Viewports.Desktop, "claire", AccessAdmin);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(url);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("Tableau de bord", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(siteName, (await page.TextContentAsync(".admin-site"))?.Trim());
        Assert.Equal("Tableau de bord", (await page.TextContentAsync("nav.admin-menu a[aria-current=page]"))?.Trim());
        Assert.Equal(1, await page.Locator("form[action$='/account/logout'] button").CountAsync());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, screenshot);
    }

    [Fact]
    public async Task Dashboard_KeepsCentrePrefixInUrls()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "claire", AccessAdmin);
        var page = await context.NewPageAsync();

        await page.GotoAsync(BrowserFixture.CentrePrefix + "/admin");

        Assert.Equal("/" + BrowserFixture.CentrePrefix + "/admin", await page.GetAttributeAsync("nav.admin-menu a", "href"));
        var stylesheet = await page.GetAttributeAsync("link[rel=stylesheet]", "href");
        Assert.Equal("/" + BrowserFixture.CentrePrefix + "/_content/ApprenantAgile.Platform/admin/admin.css", stylesheet?.Split('?')[0]);
        var headerBackground = await page.EvalOnSelectorAsync<string>(".admin-header", "e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(11, 79, 138)", headerBackground);
    }

    [Fact]
    public async Task Dashboard_RejectsUserWithoutAccessAdmin()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "paul", "SomeOtherPermission");

        // The 403 has no body, which Chromium reports as a failed navigation, so the request is sent without rendering.
        var response = await context.APIRequest.GetAsync("admin");

        Assert.Equal(403, response.Status);
    }
}
