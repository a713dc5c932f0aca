using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Browser.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ApprenantAgile.Browser.Tests.Applications;

/// <summary>
/// The learner's application pages at phone width and the trainers' review pages on a desktop, on the
/// centre set up by the centre recipe: apply with a file, ask for more, resubmit, approve, and refuse.
/// Every screen passes axe-core and is saved for the French guides.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationJourneyTests(BrowserFixture fixture)
{
    private const string PathBase = BrowserFixture.CentrePrefix + "/";

    [Fact]
    public async Task Application_ChangesRequestedThenApproved()
    {
        var (learnerName, trainerName) = await CreateUsersAsync("parcours");
        await using var learnerContext = await fixture.NewSignedInContextAsync(Viewports.Phone, PathBase, learnerName);
        await using var trainerContext = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase, trainerName);
        var learner = await learnerContext.NewPageAsync();
        var trainer = await trainerContext.NewPageAsync();

        // The learner starts an application, keeps it as a draft with a photo, then sends it.
        await learner.GotoAsync(PathBase + "mes-demandes");
        await Expect(learner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mes demandes de badge");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Demander un badge" }).ClickAsync();
        await learner.Locator($"input[name=BadgeClassId][value='{await BatisseurIdAsync()}']").CheckAsync();
        await learner.GetByLabel("Qu’avez-vous fait ? (vous pourrez finir plus tard)").FillAsync("J’ai fait le budget de l’atelier dans un tableur.");
        await AxeAssert.NoViolationsAsync(learner);
        await Screenshots.SaveAsync(learner, "demande-nouvelle-telephone");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon brouillon" }).ClickAsync();

        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Brouillon : pas encore envoyée");
        await learner.GetByLabel("Photo, PDF, son ou vidéo").SetInputFilesAsync(new FilePayload { Name = "budget.png", MimeType = "image/png", Buffer = Png() });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Ajouter ce fichier" }).ClickAsync();
        await Expect(learner.GetByText("budget.png").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(learner);
        await Screenshots.SaveAsync(learner, "demande-brouillon-telephone");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Envoyer aux formateurs" }).ClickAsync();
        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Les formateurs l’examinent");
        var applicationUrl = learner.Url;

        // The trainer finds it in the inbox and requests changes.
        await trainer.GotoAsync(PathBase + "admin/demandes");
        await Expect(trainer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Demandes de badge à examiner");
        await AxeAssert.NoViolationsAsync(trainer);
        await Screenshots.SaveAsync(trainer, "examen-liste");
        await trainer.Locator($"a[href$='/admin/demandes/{ApplicationIdOf(applicationUrl)}']").ClickAsync();
        await Expect(trainer.GetByText("budget.png").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(trainer);
        await Screenshots.SaveAsync(trainer, "examen-demande");
        await trainer.GetByLabel("Commentaire pour l’apprenant (obligatoire pour refuser ou demander un complément)").FillAsync("Ajoutez le lien vers votre tableau en ligne.");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Demander un complément" }).ClickAsync();

        // The learner reads the request, adds a link and sends the application again.
        await learner.GotoAsync(applicationUrl);
        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Les formateurs vous demandent un complément");
        await Expect(learner.GetByText("Ajoutez le lien vers votre tableau en ligne.").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(learner);
        await Screenshots.SaveAsync(learner, "demande-complement-telephone");
        await learner.GetByLabel("Adresse web").FillAsync("https://exemple.org/budget");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Ajouter ce lien" }).ClickAsync();
        await learner.GetByLabel("Message aux formateurs (facultatif)").FillAsync("Voici le lien.");
        await learner.GetByRole(AriaRole.Button, new() { Name = "L’envoyer à nouveau" }).ClickAsync();
        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Les formateurs l’examinent");

        // The trainer approves, and the learner's page then shows the issued badge.
        await trainer.ReloadAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(trainer.GetByRole(AriaRole.Link, new() { Name = "Voir le badge délivré" })).ToBeVisibleAsync();
        await learner.GotoAsync(applicationUrl);
        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Badge délivré");
        await AxeAssert.NoViolationsAsync(learner);
        await Screenshots.SaveAsync(learner, "demande-badge-delivre-telephone");
    }

    [Fact]
    public async Task Refusal_ShowsReasonToLearner()
    {
        var (learnerName, trainerName) = await CreateUsersAsync("refus");
        await using var learnerContext = await fixture.NewSignedInContextAsync(Viewports.Phone, PathBase, learnerName);
        await using var trainerContext = await fixture.NewSignedInContextAsync(Viewports.Desktop, PathBase, trainerName);
        var learner = await learnerContext.NewPageAsync();
        var trainer = await trainerContext.NewPageAsync();

        await learner.GotoAsync(PathBase + "mes-demandes/nouvelle");
        await learner.Locator($"input[name=BadgeClassId][value='{await BatisseurIdAsync()}']").CheckAsync();
        await learner.GetByLabel("Qu’avez-vous fait ? (vous pourrez finir plus tard)").FillAsync("J’ai calculé le prix des courses de la semaine.");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon brouillon" }).ClickAsync();
        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Brouillon : pas encore envoyée");
        await learner.GetByLabel("Photo, PDF, son ou vidéo").SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Png() });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Ajouter ce fichier" }).ClickAsync();
        await Expect(learner.GetByText("photo.png").First).ToBeVisibleAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Envoyer aux formateurs" }).ClickAsync();
        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Les formateurs l’examinent");
        var applicationUrl = learner.Url;

        await trainer.GotoAsync($"{PathBase}admin/demandes/{ApplicationIdOf(applicationUrl)}");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Refuser" }).ClickAsync();
        await Expect(trainer.Locator("[role=alert]").First).ToContainTextAsync("commentaire");
        await AxeAssert.NoViolationsAsync(trainer);
        await Screenshots.SaveAsync(trainer, "examen-refus-sans-commentaire");
        await trainer.GetByLabel("Commentaire pour l’apprenant (obligatoire pour refuser ou demander un complément)").FillAsync("La photo ne montre pas le calcul.");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Refuser" }).ClickAsync();

        await learner.GotoAsync(applicationUrl);
        await Expect(learner.Locator(".status-box")).ToContainTextAsync("Refusée");
        await Expect(learner.GetByText("La photo ne montre pas le calcul.").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(learner);
        await learner.GotoAsync(PathBase + "mes-demandes");
        await AxeAssert.NoViolationsAsync(learner);
        await Screenshots.SaveAsync(learner, "demandes-liste-telephone");
    }

    private async Task<(string Learner, string Trainer)> CreateUsersAsync(string stem)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var learner = $"apprenante-{stem}-{suffix}";
        var trainer = $"formateur-{stem}-{suffix}";
        await fixture.Host.CreateUserAsync(BrowserFixture.CentreTenant, learner, "Apprenant", BrowserFixture.Password);
        await fixture.Host.CreateUserAsync(BrowserFixture.CentreTenant, trainer, "Formateur", BrowserFixture.Password);
        return (learner, trainer);
    }

    private async Task<string> BatisseurIdAsync()
    {
        await using var scope = await fixture.Host.TenantHost.CreateScopeAsync(BrowserFixture.CentreTenant);
        var classes = await scope.ServiceProvider.GetRequiredService<IBadgeClassProvider>().ListAsync();
        return classes.First(c => c.Slug == "numerique-batisseur").Id;
    }

    private static string ApplicationIdOf(string applicationUrl) => applicationUrl.TrimEnd('/').Split('/')[^1];

    /// <summary>A small file that starts with the PNG signature and an IHDR chunk header, as the evidence check reads it.</summary>
    private static byte[] Png()
    {
        var bytes = new byte[2048];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        "\0\0\0\rIHDR"u8.CopyTo(bytes.AsSpan(8));
        return bytes;
    }
}
