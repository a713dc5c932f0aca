using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// The default review workflow of the centre recipe, driven through the learner's and trainers' pages,
/// with the real issuer. The tests share one centre per engine and check only their own application.
/// </summary>
public sealed class ReviewFlowTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    [Fact]
    public async Task Badge_picker_lists_levels_in_order()
    {
        var site = await host.SharedSiteAsync(DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        IReadOnlyList<BadgeClassInfo> classes;
        await using (var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant))
        {
            classes = await scope.ServiceProvider.GetRequiredService<IBadgeClassProvider>().ListAsync();
        }

        var form = WebUtility.HtmlDecode(await learner.GetStringAsync($"{site.PathBase}/mes-demandes/nouvelle"));
        var names = Regex.Matches(form, "<span><strong>([^<]*)</strong>").Select(m => m.Groups[1].Value).ToList();

        var family = classes.First(c => c.Level == "architecte").Family;
        var explorateur = classes.Single(c => c.Family == family && c.Level == "explorateur").Name;
        var architecte = classes.Single(c => c.Family == family && c.Level == "architecte").Name;
        Assert.InRange(names.IndexOf(explorateur), 0, names.IndexOf(architecte) - 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Application_MoreRequestedThenApproved(DatabaseProvider provider)
    {
        var site = await host.SharedSiteAsync(provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer1 = await site.SignInAsync(ReviewTestSite.Trainer1);
        using var trainer2 = await site.SignInAsync(ReviewTestSite.Trainer2);

        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);

        Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Trainer1, "Nouvelle demande de badge", id));
        Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Trainer2, "Nouvelle demande de badge", id));
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        var inbox = await (await trainer1.GetAsync($"{site.PathBase}/admin/demandes")).Content.ReadAsStringAsync();
        Assert.Contains($"/admin/demandes/{id}", inbox);

        // A request for more needs a comment.
        var withoutComment = await site.DecideAsync(trainer1, id, ReviewActions.RequestChanges);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutComment.StatusCode);
        Assert.Contains("Écrivez un commentaire pour l’apprenant", await withoutComment.Content.ReadAsStringAsync());
        var refusalWithoutComment = await site.DecideAsync(trainer1, id, ReviewActions.Refuse);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusalWithoutComment.StatusCode);
        Assert.Contains("Écrivez un commentaire pour l’apprenant", await refusalWithoutComment.Content.ReadAsStringAsync());
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);

        var requested = await site.DecideAsync(trainer1, id, ReviewActions.RequestChanges, "Ajoutez le lien vers votre tableau.");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var changesRequested = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.ChangesRequested, changesRequested.Status);
        Assert.Equal(ReviewTestSite.Trainer1, changesRequested.ReviewerName);
        var moreMail = Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Learner, "il manque quelque chose", id));
        Assert.Contains("Ajoutez le lien vers votre tableau.", moreMail.TextBody);
        Assert.Contains($"/mes-demandes/{id}", moreMail.TextBody);

        Assert.Equal(HttpStatusCode.Redirect, (await site.AddLinkAsync(learner, id, "https://exemple.org/mon-tableau")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.SubmitAsync(learner, id, "Voici le lien.")).StatusCode);
        Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Trainer2, "Demande de badge complétée", id));
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);

        var approved = await site.DecideAsync(trainer2, id, ReviewActions.Approve);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var final = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.Approved, final.Status);
        var (stored, served) = await IssuedAssertionChecks.AssertIssuedToAsync(site, id, ReviewTestSite.Learner);
        Assert.Equal(await site.BadgeClassIdAsync(ReviewTestSite.BatisseurSlug), stored.BadgeClassId);
        Assert.Contains("https://exemple.org/mon-tableau", served["evidence"]!.ToJsonString());

        var approvalMail = Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Learner, "Bravo", final.AssertionUrl));
        Assert.Contains(final.AssertionUrl!, approvalMail.TextBody);
        Assert.Contains($"{site.PathBase}/mes-badges", approvalMail.TextBody);
        Assert.Single(site.MessagesTo(ReviewTestSite.Learner, "", final.AssertionUrl));

        Assert.Equal(
            [ThreadEntryKind.Submitted, ThreadEntryKind.Decision, ThreadEntryKind.Resubmitted, ThreadEntryKind.Decision],
            final.Thread.Select(e => e.Kind));
        Assert.Equal("Ajoutez le lien vers votre tableau.", final.Thread[1].Comment);
        Assert.Equal(ReviewActions.Approve, final.Thread[3].Action);

        var learnerPage = await (await learner.GetAsync($"{site.PathBase}/mes-demandes/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("Badge délivré", learnerPage);
        Assert.Contains("Ajoutez le lien vers votre tableau.", learnerPage);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Refusal_EmailsReasonToLearner(DatabaseProvider provider)
    {
        var site = await host.SharedSiteAsync(provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);

        var refused = await site.DecideAsync(trainer, id, ReviewActions.Refuse, "Le tableau ne montre pas de calcul.");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(BadgeApplicationStatus.Refused, (await site.GetApplicationAsync(id)).Status);
        Assert.Equal(0, await site.CountAssertionsAsync(id));
        var mail = Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Learner, "n'est pas acceptée", id));
        Assert.Contains("Le tableau ne montre pas de calcul.", mail.TextBody);

        var again = await site.DecideAsync(trainer, id, ReviewActions.Approve);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(0, await site.CountAssertionsAsync(id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ArchitecteBadge_NeedsTwoDifferentTrainers(DatabaseProvider provider)
    {
        var site = await host.SharedSiteAsync(provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer1 = await site.SignInAsync(ReviewTestSite.Trainer1);
        using var trainer2 = await site.SignInAsync(ReviewTestSite.Trainer2);
        var id = await site.ApplyAsync(learner, ReviewTestSite.ArchitecteSlug);

        Assert.Equal(HttpStatusCode.Redirect, (await site.DecideAsync(trainer1, id, ReviewActions.Approve)).StatusCode);
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        Assert.Equal(0, await site.CountAssertionsAsync(id));

        var sameTrainer = await site.DecideAsync(trainer1, id, ReviewActions.Approve);
        Assert.Equal(HttpStatusCode.Conflict, sameTrainer.StatusCode);
        Assert.Contains("Vous avez déjà validé cette demande", await sameTrainer.Content.ReadAsStringAsync());
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        Assert.Equal(0, await site.CountAssertionsAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await site.DecideAsync(trainer2, id, ReviewActions.Approve)).StatusCode);
        var final = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.Approved, final.Status);
        var (stored, _) = await IssuedAssertionChecks.AssertIssuedToAsync(site, id, ReviewTestSite.Learner);
        Assert.Equal(await site.BadgeClassIdAsync(ReviewTestSite.ArchitecteSlug), stored.BadgeClassId);
        Assert.Equal([ReviewTestSite.Trainer1, ReviewTestSite.Trainer2],
            final.Thread.Where(e => e.Kind == ThreadEntryKind.Decision).Select(e => e.AuthorName));
    }

    [Fact]
    public async Task Trainer_CannotReviewOwnApplication()
    {
        const string trainerLearnerName = "formatrice-apprenante";
        var site = await host.SharedSiteAsync(DatabaseProvider.Sqlite);
        await site.CreateUserAsync(trainerLearnerName, [StandardRoles.Formateur, StandardRoles.Apprenant]);
        using var trainerLearner = await site.SignInAsync(trainerLearnerName);
        var id = await site.ApplyAsync(trainerLearner, ReviewTestSite.BatisseurSlug);

        var own = await site.DecideAsync(trainerLearner, id, ReviewActions.Approve);

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("Vous ne pouvez pas examiner votre propre demande", await own.Content.ReadAsStringAsync());
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        Assert.Equal(0, await site.CountAssertionsAsync(id));
        Assert.Single(await site.WaitForMessagesToAsync(ReviewTestSite.Trainer1, "Nouvelle demande", id));
        Assert.Empty(site.MessagesTo(trainerLearnerName, "Nouvelle demande", id));
    }

    [Fact]
    public async Task Learner_CannotOpenReviewInbox()
    {
        var site = await host.SharedSiteAsync(DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);

        var inbox = await learner.GetAsync($"{site.PathBase}/admin/demandes");
        var page = await learner.GetAsync($"{site.PathBase}/admin/demandes/{id}");

        Assert.NotEqual(HttpStatusCode.OK, inbox.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Application_pages_title_names_badge()
    {
        var site = await host.SharedSiteAsync(DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
        var application = await site.GetApplicationAsync(id);

        var reviewTitle = await ReadTitleAsync(trainer, $"{site.PathBase}/admin/demandes/{id}");
        var learnerTitle = await ReadTitleAsync(learner, $"{site.PathBase}/mes-demandes/{id}");

        Assert.StartsWith($"Demande de {application.ApplicantName} pour {application.BadgeName} – ", reviewTitle);
        Assert.Equal($"Demande pour {application.BadgeName}", learnerTitle);
    }

    private static async Task<string> ReadTitleAsync(HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        var title = Regex.Match(page, "<title>(.*?)</title>", RegexOptions.Singleline);
        Assert.True(title.Success, $"{url} has no <title>.");
        return WebUtility.HtmlDecode(title.Groups[1].Value).Trim();
    }
}
