using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Admin;

/// <summary>
/// The national administrator endorses a badge class of the Lyon centre in the admin; the centre's badge page then
/// shows "Reconnu par …". The journey withdraws the endorsement at the end, so other tests see the centre unchanged.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EndorsementJourneyTests(BrowserFixture fixture)
{
    private const string BadgeName = "Numérique – Architecte";
    private const string BadgePage = BrowserFixture.CentrePrefix + "/badges/numerique-architecte";
    private const string Comment = "Badge évalué sur un projet numérique réel et conforme au référentiel national.";

    [Fact]
    public async Task Endorsement_shows_on_badge_page_then_withdraws()
    {
        await using var adminContext = await fixture.NewSignedInContextAsync(Viewports.Desktop, "");
        var admin = await adminContext.NewPageAsync();

        // Choose the centre, then the badge class, and write the comment.
        await admin.GotoAsync("admin/badges/endorsements");
        Assert.Equal("Reconnaissances", (await admin.TextContentAsync("h1"))?.Trim());
        await admin.GetByLabel("Centre").SelectOptionAsync(BrowserFixture.CentreTenant);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Afficher ce qui peut être reconnu" }).ClickAsync();
        await admin.GetByLabel($"Ce qui est reconnu chez {BrowserFixture.CentreSiteName}").SelectOptionAsync(new SelectOptionValue { Label = BadgeName });
        await admin.GetByLabel("Commentaire").FillAsync(Comment);
        await AxeAssert.NoViolationsAsync(admin);
        await Screenshots.SaveAsync(admin, "reconnaissance-formulaire");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Reconnaître", Exact = true }).ClickAsync();
        await admin.WaitForURLAsync(url => !url.Contains("centre=", StringComparison.Ordinal));
        Assert.Contains($"« {BadgeName} » ({BrowserFixture.CentreSiteName}) est reconnu.", await admin.Locator("main").InnerTextAsync());
        Assert.Equal(1, await admin.GetByRole(AriaRole.Cell, new() { Name = Comment }).CountAsync());
        await AxeAssert.NoViolationsAsync(admin);
        await Screenshots.SaveAsync(admin, "reconnaissance-liste");

        // The centre's public badge page shows the endorsement.
        await using var visitorContext = await fixture.NewContextAsync(Viewports.Desktop);
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync(BadgePage);
        var endorsements = visitor.GetByRole(AriaRole.Region, new() { Name = "Reconnaissances" });
        Assert.Contains($"Reconnu par {BrowserFixture.NationalSiteName}", await endorsements.InnerTextAsync());
        Assert.Contains(Comment, await endorsements.InnerTextAsync());
        await AxeAssert.NoViolationsAsync(visitor);
        await Screenshots.SaveAsync(visitor, "reconnaissance-page-badge");

        // Withdrawing removes it from the page.
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Retirer {BadgeName}" }).ClickAsync();
        await admin.GetByText("Retirée le").WaitForAsync();
        await visitor.ReloadAsync();
        Assert.Equal(0, await visitor.GetByRole(AriaRole.Region, new() { Name = "Reconnaissances" }).CountAsync());
    }
}
