using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Admin;

/// <summary>
/// The admin pages of the national site, opened by its administrator: each returns 200 in
/// French, has a heading, and passes axe's WCAG 2.1 A and AA rules on a desktop screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        // URL on the national site, expected heading, screenshot name.
        { "admin/tenants", "Centres", "centres-liste" },
        { "admin/tenants/create", "Créer un centre", "centre-creation-vide" },
        { "admin/features", "Fonctionnalités", "fonctionnalites" },
        { "admin/contents", "Contenus", "contenus-liste-vide" },
        { "admin/content-types", "Types de contenu", "types-de-contenu" },
        { "admin/content-types/create", "Créer un type de contenu", "type-de-contenu-creation" },
        { "admin/users", "Utilisateurs", "utilisateurs-liste" },
        { "admin/users/create", "Créer un utilisateur", "utilisateur-creation" },
        { "admin/roles", "Rôles", "roles-liste" },
        { "admin/roles/Formateur", "Permissions du rôle Formateur", "role-modification" },
        { "admin/deployment", "Export et import", "export-import" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AdminPage_RendersInFrenchAndPassesAxe(string url, string heading, string screenshot)
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "");
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(url);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(heading, (await page.TextContentAsync("h1"))?.Trim());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, screenshot);
    }

    [Fact]
    public async Task UserEditor_OpensFromListAndPassesAxe()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "");
        var page = await context.NewPageAsync();
        await page.GotoAsync("admin/users");

        await page.GetByRole(AriaRole.Link, new() { Name = BrowserFixture.AdminUserName, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/users/", StringComparison.Ordinal) && !url.EndsWith("/admin/users", StringComparison.Ordinal));

        Assert.Equal($"Modifier {BrowserFixture.AdminUserName}", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal($"Modifier {BrowserFixture.AdminUserName} – Administration – {BrowserFixture.NationalSiteName}", await page.TitleAsync());
        await AxeAssert.NoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "utilisateur-modification");
    }

    [Fact]
    public async Task FeaturesPage_ListsFeaturesInFrench()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "");
        var page = await context.NewPageAsync();

        await page.GotoAsync("admin/features");

        var names = await page.Locator("ul.features h3").AllTextContentsAsync();
        Assert.Contains("Export et import", names);
        Assert.Contains("Éditeur de types de contenu", names);
        Assert.Contains("Utilisateurs et rôles", names);
    }

    [Fact]
    public async Task RoleEditor_ShowsPermissionsInFrench()
    {
        await using var context = await fixture.NewSignedInContextAsync(Viewports.Desktop, "");
        var page = await context.NewPageAsync();

        await page.GotoAsync("admin/roles/Formateur");

        var groups = await page.Locator("form fieldset legend").AllTextContentsAsync();
        Assert.Contains("Contenus", groups);
        Assert.Contains("Export et import", groups);
        Assert.DoesNotContain("Content types editor", groups);
        Assert.Contains("Publier et dépublier des contenus", await page.InnerTextAsync("label[for='permission-PublishContent']"));
        Assert.Contains("Importer une recette qui modifie le site", await page.InnerTextAsync("label[for='permission-Import']"));
    }
}
