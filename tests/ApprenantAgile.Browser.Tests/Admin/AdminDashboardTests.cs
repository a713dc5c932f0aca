using ApprenantAgile.Browser.Tests.Infrastructure;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Admin;

/// <summary>The admin shell's dashboard, signed in through each tenant's login page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminDashboardTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string, bool> Pages => new()
    {
        // Tenant URL prefix, expected site name, screenshot name, phone viewport.
        { "", BrowserFixture.NationalSiteName, "admin-national-ordinateur", false },
        { BrowserFixture.CentrePrefix + "/", BrowserFixture.CentreSiteName, "admin-centre-telephone", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Dashboard_RendersShellAndPassesAxe(string pathBase, string siteName, string screenshot, bool isPhone)
    {
        await using var context = await fixture.NewSignedInContextAsync(isPhone ? Viewports.Phone : Viewports.Desktop, pathBase);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(pathBase + "admin");

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
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, BrowserFixture.CentrePrefix + "/");
        var page = await context.NewPageAsync();

        await page.GotoAsync(BrowserFixture.CentrePrefix + "/admin");

        Assert.Equal("/" + BrowserFixture.CentrePrefix + "/admin", await page.GetAttributeAsync("nav.admin-menu a", "href"));
        var stylesheet = await page.GetAttributeAsync("link[rel=stylesheet]", "href");
        Assert.Equal("/" + BrowserFixture.CentrePrefix + "/_content/ApprenantAgile.Platform/admin/admin.css", stylesheet?.Split('?')[0]);
        var headerBackground = await page.EvalOnSelectorAsync<string>(".admin-header", "e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(11, 79, 138)", headerBackground);
    }

    [Fact]
    public async Task Dashboard_ShowsAccessDeniedToLearner()
    {
        var learner = "apprenant-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Host.CreateUserAsync(BrowserFixture.CentreTenant, learner, StandardRoles.Apprenant, BrowserFixture.Password);
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, BrowserFixture.CentrePrefix + "/", learner);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(BrowserFixture.CentrePrefix + "/admin");

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        Assert.Contains("/account/access-denied", page.Url, StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page);
    }

    [Fact]
    public async Task Dashboard_SendsAnonymousVisitorToLogin()
    {
        await using var context = await fixture.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();

        await page.GotoAsync(BrowserFixture.CentrePrefix + "/admin");

        Assert.Contains("/" + BrowserFixture.CentrePrefix + "/account/login", page.Url, StringComparison.Ordinal);
        Assert.Equal("Se connecter", (await page.TextContentAsync("h1"))?.Trim());
    }
}
