using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// The review inbox shows <see cref="ReviewService.InboxPageSize"/> applications a page, the longest
/// waiting first, with previous and next links. The applications are written to the centre's database
/// directly, because sending 60 through the forms would start 60 review workflows.
/// </summary>
public sealed partial class ReviewInboxPagingTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    private const int WaitingCount = 60;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Inbox_SplitsSixtyApplicationsIntoPages(DatabaseProvider provider)
    {
        var site = await host.CreateSiteAsync(provider);
        var waiting = await SeedApplicationsAsync(site);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);

        var first = await GetPageAsync(trainer, site, "");
        var second = await GetPageAsync(trainer, site, "?page=2");
        var third = await GetPageAsync(trainer, site, "?page=3");

        Assert.Equal(waiting.Take(25), ApplicationIds(first));
        Assert.Equal(waiting.Skip(25).Take(25), ApplicationIds(second));
        Assert.Equal(waiting.Skip(50), ApplicationIds(third));
        Assert.Contains("60 demandes en attente, la plus ancienne en premier", first);
        Assert.Contains("<nav aria-label=\"Pages des demandes à examiner\">", first);
        Assert.Contains("Page 1 sur 3", first);
        Assert.Contains("Page 2 sur 3", second);
        Assert.Contains("Page 3 sur 3", third);
        Assert.Contains("<title>Demandes de badge à examiner, page 2 sur 3", WebUtility.HtmlDecode(second));

        Assert.DoesNotContain("Page précédente", first);
        Assert.Contains($"href=\"{site.PathBase}/admin/demandes?page=2\" rel=\"next\">Page suivante</a>", first);
        Assert.Contains($"href=\"{site.PathBase}/admin/demandes?page=1\" rel=\"prev\">Page précédente</a>", second);
        Assert.Contains($"href=\"{site.PathBase}/admin/demandes?page=3\" rel=\"next\">Page suivante</a>", second);
        Assert.Contains($"href=\"{site.PathBase}/admin/demandes?page=2\" rel=\"prev\">Page précédente</a>", third);
        Assert.DoesNotContain("Page suivante", third);
    }

    [Theory]
    [InlineData("?page=99")]
    [InlineData("?page=2147483647")]
    public async Task Inbox_PagePastEndShowsLastPage(string query)
    {
        var site = await host.CreateSiteAsync(DatabaseProvider.Sqlite);
        var waiting = await SeedApplicationsAsync(site);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);

        var page = await GetPageAsync(trainer, site, query);

        Assert.Equal(waiting.Skip(50), ApplicationIds(page));
        Assert.Contains("Page 3 sur 3", page);
    }

    [Fact]
    public async Task Inbox_FewApplicationsShowsNoPager()
    {
        var site = await host.SharedSiteAsync(DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);

        var page = await GetPageAsync(trainer, site, "");

        Assert.Contains(id, ApplicationIds(page));
        Assert.DoesNotContain("<nav aria-label=\"Pages des demandes à examiner\">", page);
    }

    /// <summary>
    /// Writes <see cref="WaitingCount"/> waiting applications sent one minute apart, and drafts and decided
    /// ones that the inbox must not list. Returns the waiting ids, the longest waiting first.
    /// </summary>
    private static async Task<IReadOnlyList<string>> SeedApplicationsAsync(ReviewTestSite site)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant);
        var store = scope.ServiceProvider.GetRequiredService<BadgeApplicationStore>();
        var firstSent = DateTime.UtcNow.AddDays(-30);
        var waiting = new List<string>();
        for (var i = 0; i < WaitingCount; i++)
        {
            var status = i % 2 == 0 ? BadgeApplicationStatus.Submitted : BadgeApplicationStatus.InReview;
            var application = NewApplication($"Apprenant {i:00}", status, firstSent.AddMinutes(i));
            await store.AddAsync(application);
            waiting.Add(application.Id);
        }

        foreach (var status in new[] { BadgeApplicationStatus.Draft, BadgeApplicationStatus.Approved, BadgeApplicationStatus.Refused, BadgeApplicationStatus.ChangesRequested })
        {
            await store.AddAsync(NewApplication("Hors boîte", status, firstSent.AddDays(-1)));
        }

        return waiting;
    }

    private static BadgeApplication NewApplication(string applicant, BadgeApplicationStatus status, DateTime sentUtc) => new()
    {
        ApplicantUserId = "seeded-" + Guid.NewGuid().ToString("N"),
        ApplicantEmail = "seeded@exemple.fr",
        ApplicantName = applicant,
        BadgeClassId = "seeded-class",
        BadgeName = "Numérique Bâtisseur",
        Narrative = "Récit de test.",
        Status = status,
        CreatedUtc = sentUtc.AddHours(-1),
        ModifiedUtc = sentUtc,
        SubmittedUtc = status == BadgeApplicationStatus.Draft ? null : sentUtc,
    };

    private static async Task<string> GetPageAsync(HttpClient trainer, ReviewTestSite site, string query)
    {
        var response = await trainer.GetAsync($"{site.PathBase}/admin/demandes{query}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /admin/demandes{query} returned {(int)response.StatusCode}: {html}");
        return html;
    }

    private static List<string> ApplicationIds(string html) =>
        ApplicationLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("/admin/demandes/([0-9a-f]{32})\"")]
    private static partial Regex ApplicationLink();
}
