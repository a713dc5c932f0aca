using System.Net;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// The review inbox counts waiting applications and shows how long each has waited with the PO plural
/// forms (French: 0 and 1 singular; English: only 1), and "less than an hour" under one hour.
/// The class has its own host, so moving its manual clock affects no other test.
/// </summary>
public sealed class ReviewInboxPluralTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    [Fact]
    public async Task Inbox_counts_and_waiting_times_use_plural_forms()
    {
        var site = await ReviewTestSite.CreateAsync(host.Factory, host.Smtp, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);

        Assert.Contains("Aucune demande n’attend.", await InboxAsync(site, trainer, "fr"));

        var first = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
        var details = await trainer.GetStringAsync($"{site.PathBase}/admin/demandes/{first}?culture=fr");
        Assert.Contains("<h2>Ce que l’apprenant a fait</h2>", WebUtility.HtmlDecode(details));
        var french = await InboxAsync(site, trainer, "fr");
        var english = await InboxAsync(site, trainer, "en");
        Assert.Contains("<caption>1 demande en attente, la plus ancienne en premier</caption>", french);
        Assert.Contains("moins d’une heure", french);
        Assert.Contains("<caption>1 application waiting, the longest waiting first</caption>", english);
        Assert.Contains("less than an hour", english);
        Assert.DoesNotContain("0 heure", french);

        host.Factory.Clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Matches(@"<td>\s*1 heure\s*</td>", await InboxAsync(site, trainer, "fr"));
        Assert.Matches(@"<td>\s*1 hour\s*</td>", await InboxAsync(site, trainer, "en"));

        host.Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Matches(@"<td>\s*2 heures\s*</td>", await InboxAsync(site, trainer, "fr"));
        Assert.Matches(@"<td>\s*2 hours\s*</td>", await InboxAsync(site, trainer, "en"));

        await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
        Assert.Contains("<caption>2 demandes en attente, la plus ancienne en premier</caption>", await InboxAsync(site, trainer, "fr"));
        Assert.Contains("<caption>2 applications waiting, the longest waiting first</caption>", await InboxAsync(site, trainer, "en"));
    }

    private static async Task<string> InboxAsync(ReviewTestSite site, HttpClient trainer, string culture)
    {
        var response = await trainer.GetAsync($"{site.PathBase}/admin/demandes?culture={culture}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
