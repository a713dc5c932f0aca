using System.Net;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Applications;

/// <summary>The default review workflow of the centre recipe, driven through the learner's and trainers' pages.</summary>
public sealed class ReviewFlowTests
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(10);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Application_MoreRequestedThenApproved(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer1 = await site.SignInAsync(ReviewTestSite.Trainer1);
        using var trainer2 = await site.SignInAsync(ReviewTestSite.Trainer2);

        var id = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);

        await smtp.WaitForMessagesAsync(2, MailTimeout);
        Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Trainer1, "Nouvelle demande de badge"));
        Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Trainer2, "Nouvelle demande de badge"));
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        var inbox = await (await trainer1.GetAsync($"{site.PathBase}/admin/demandes")).Content.ReadAsStringAsync();
        Assert.Contains($"/admin/demandes/{id}", inbox);

        // A request for more needs a comment.
        var withoutComment = await site.DecideAsync(trainer1, id, ReviewActions.RequestChanges);
        Assert.Equal(HttpStatusCode.Conflict, withoutComment.StatusCode);
        Assert.Contains("Écrivez un commentaire pour l’apprenant", await withoutComment.Content.ReadAsStringAsync());

        var requested = await site.DecideAsync(trainer1, id, ReviewActions.RequestChanges, "Ajoutez le lien vers votre tableau.");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var changesRequested = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.ChangesRequested, changesRequested.Status);
        Assert.Equal(ReviewTestSite.Trainer1, changesRequested.ReviewerName);
        await smtp.WaitForMessagesAsync(3, MailTimeout);
        var moreMail = Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Learner, "il manque quelque chose"));
        Assert.Contains("Ajoutez le lien vers votre tableau.", moreMail.TextBody);
        Assert.Contains($"/mes-demandes/{id}", moreMail.TextBody);

        Assert.Equal(HttpStatusCode.Redirect, (await site.AddLinkAsync(learner, id, "https://exemple.org/mon-tableau")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.SubmitAsync(learner, id, "Voici le lien.")).StatusCode);
        await smtp.WaitForMessagesAsync(5, MailTimeout);
        Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Trainer2, "Demande de badge complétée"));
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);

        var approved = await site.DecideAsync(trainer2, id, ReviewActions.Approve);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var final = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.Approved, final.Status);
        var assertion = Assert.Single(factory.Issuer.Assertions);
        Assert.Equal($"application:{id}", assertion.Key);
        Assert.Equal(assertion.Value.AssertionId, final.AssertionId);
        var request = Assert.Single(factory.Issuer.Requests);
        Assert.Equal(ReviewTestSite.EmailOf(ReviewTestSite.Learner), request.RecipientEmail);
        Assert.Contains(request.Evidence, e => e.Url == new Uri("https://exemple.org/mon-tableau"));

        await smtp.WaitForMessagesAsync(6, MailTimeout);
        var approvalMail = Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Learner, "Bravo"));
        Assert.Contains(assertion.Value.AssertionUrl.AbsoluteUri, approvalMail.TextBody);

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
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        var id = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);

        var refused = await site.DecideAsync(trainer, id, ReviewActions.Refuse, "Le tableau ne montre pas de calcul.");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(BadgeApplicationStatus.Refused, (await site.GetApplicationAsync(id)).Status);
        Assert.Empty(factory.Issuer.Assertions);
        await smtp.WaitForMessagesAsync(3, MailTimeout);
        var mail = Assert.Single(ReviewTestSite.MessagesTo(smtp, ReviewTestSite.Learner, "n'est pas acceptée"));
        Assert.Contains("Le tableau ne montre pas de calcul.", mail.TextBody);

        var again = await site.DecideAsync(trainer, id, ReviewActions.Approve);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Empty(factory.Issuer.Assertions);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ArchitecteBadge_NeedsTwoDifferentTrainers(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, provider);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer1 = await site.SignInAsync(ReviewTestSite.Trainer1);
        using var trainer2 = await site.SignInAsync(ReviewTestSite.Trainer2);
        var id = await site.ApplyAsync(learner, TestBadgeClassProvider.ArchitecteId);

        Assert.Equal(HttpStatusCode.Redirect, (await site.DecideAsync(trainer1, id, ReviewActions.Approve)).StatusCode);
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        Assert.Empty(factory.Issuer.Assertions);

        var sameTrainer = await site.DecideAsync(trainer1, id, ReviewActions.Approve);
        Assert.Equal(HttpStatusCode.Conflict, sameTrainer.StatusCode);
        Assert.Contains("Vous avez déjà validé cette demande", await sameTrainer.Content.ReadAsStringAsync());
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        Assert.Equal(0, factory.Issuer.CallCount);

        Assert.Equal(HttpStatusCode.Redirect, (await site.DecideAsync(trainer2, id, ReviewActions.Approve)).StatusCode);
        var final = await site.GetApplicationAsync(id);
        Assert.Equal(BadgeApplicationStatus.Approved, final.Status);
        Assert.Single(factory.Issuer.Assertions);
        Assert.Equal([ReviewTestSite.Trainer1, ReviewTestSite.Trainer2],
            final.Thread.Where(e => e.Kind == ThreadEntryKind.Decision).Select(e => e.AuthorName));
    }

    [Fact]
    public async Task Trainer_CannotReviewOwnApplication()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        await TestUsers.CreateAsync(factory, site.Tenant, "formatrice-apprenante", [StandardRoles.Formateur, StandardRoles.Apprenant]);
        using var trainerLearner = await site.SignInAsync("formatrice-apprenante");
        var id = await site.ApplyAsync(trainerLearner, TestBadgeClassProvider.BatisseurId);

        var own = await site.DecideAsync(trainerLearner, id, ReviewActions.Approve);

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("Vous ne pouvez pas examiner votre propre demande", await own.Content.ReadAsStringAsync());
        Assert.Equal(BadgeApplicationStatus.InReview, (await site.GetApplicationAsync(id)).Status);
        Assert.Equal(0, factory.Issuer.CallCount);
        await smtp.WaitForMessagesAsync(2, MailTimeout);
        Assert.Empty(ReviewTestSite.MessagesTo(smtp, "formatrice-apprenante", "Nouvelle demande"));
    }

    [Fact]
    public async Task Learner_CannotOpenReviewInbox()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var factory = new ApplicationsPlatformFactory(smtp.Port);
        var site = await ReviewTestSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        var id = await site.ApplyAsync(learner, TestBadgeClassProvider.BatisseurId);

        var inbox = await learner.GetAsync($"{site.PathBase}/admin/demandes");
        var page = await learner.GetAsync($"{site.PathBase}/admin/demandes/{id}");

        Assert.NotEqual(HttpStatusCode.OK, inbox.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }
}
