using System.Net;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>
/// Who can read a portfolio page and what it lets through: public, link-only and private pages, read
/// anonymously, by another learner and by the owner, with URLs of unselected badges and evidence guessed.
/// </summary>
public sealed class PortfolioVisibilityTests(PortfolioPlatformFactory factory) : IClassFixture<PortfolioPlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Public_page_shows_only_chosen_badges(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var (first, second, third) = (site.Badges[0], site.Badges[1], site.Badges[2]);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "Mes compétences", "public",
            [(first, [first.FileEvidenceId, first.TextEvidenceId]), (second, [second.LinkEvidenceId])]);

        using var anonymous = site.Anonymous();
        var response = await anonymous.GetAsync($"{site.PathBase}/portfolio/{pageId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(first.Name, html);
        Assert.Contains(second.Name, html);
        Assert.DoesNotContain(third.Name, html);
        Assert.DoesNotContain(third.AssertionId, html);
        Assert.Contains($"preuves/{first.FileEvidenceId}", html);
        Assert.Contains($"Récit secret {first.Slug}", html);
        Assert.Contains($"https://exemple.org/{second.Slug}", html);
        Assert.DoesNotContain($"https://exemple.org/{first.Slug}", html);
        Assert.DoesNotContain($"Récit secret {second.Slug}", html);
        Assert.DoesNotContain(second.FileEvidenceId, html);
        Assert.False(response.Headers.Contains("X-Robots-Tag"), "A public page must stay indexable.");
        Assert.DoesNotContain("name=\"robots\"", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Public_page_rejects_guessed_urls(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var (first, second, third) = (site.Badges[0], site.Badges[1], site.Badges[2]);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "Mes compétences", "public",
            [(first, [first.FileEvidenceId]), (second, [])]);
        var page = $"{site.PathBase}/portfolio/{pageId}";
        using var anonymous = site.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{page}/preuves/{first.FileEvidenceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{page}/badges/{first.AssertionId}/badge.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{page}/badges/{second.AssertionId}/badge.json")).StatusCode);

        var guesses = new List<string>
        {
            $"{page}/badges/{third.AssertionId}/badge.json",
            $"{page}/preuves/{second.FileEvidenceId}",
            $"{page}/preuves/{third.FileEvidenceId}",
            $"{page}/preuves/{first.LinkEvidenceId}",
            $"{page}/preuves/{first.TextEvidenceId}",
            $"{site.PathBase}/portfolio/{third.AssertionId}",
            $"{site.PathBase}/portfolio/{Guid.NewGuid():N}",
            $"{site.PathBase}/portfolio/lien/{new string('A', 43)}",
        };
        foreach (var url in guesses)
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} returned {(int)response.StatusCode} instead of 404.");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Link_only_page_opens_until_end_date(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var badge = site.Badges[0];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var lastDay = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        var pageId = await site.CreatePageAsync(owner, "Pour mon employeur", "link", [(badge, [badge.FileEvidenceId])], lastDay.ToString("yyyy-MM-dd"));
        var shareLink = await site.ReadShareLinkAsync(owner, pageId);
        using var anonymous = site.Anonymous();

        var shared = await anonymous.GetAsync(shareLink);
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        var sharedHtml = await shared.Content.ReadAsStringAsync();
        Assert.Contains(badge.Name, sharedHtml);
        Assert.Contains("noindex", string.Join(",", shared.Headers.GetValues("X-Robots-Tag")));
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", sharedHtml);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{shareLink}/preuves/{badge.FileEvidenceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{site.PathBase}/portfolio/{pageId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(shareLink[..^4] + "AAAA")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(shareLink)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{shareLink}/preuves/{badge.FileEvidenceId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task New_share_link_disables_old_one(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "Par lien", "link", [(site.Badges[0], [])]);
        var oldLink = await site.ReadShareLinkAsync(owner, pageId);

        var renewed = await TestUsers.PostFormAsync(owner, $"{site.PathBase}/mon-espace/pages/{pageId}",
            new Dictionary<string, string>(), $"{site.PathBase}/mon-espace/pages/{pageId}/nouveau-lien");
        var newLink = await site.ReadShareLinkAsync(owner, pageId);
        using var anonymous = site.Anonymous();

        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(oldLink)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(newLink)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Private_page_is_not_found_to_others(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var badge = site.Badges[0];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "Brouillon", "private", [(badge, [badge.FileEvidenceId])]);
        var page = $"{site.PathBase}/portfolio/{pageId}";
        using var anonymous = site.Anonymous();
        using var other = await site.SignInAsync(PortfolioSite.OtherLearner);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{page}/preuves/{badge.FileEvidenceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{page}/badges/{badge.AssertionId}/badge.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{site.PathBase}/mon-espace/pages/{pageId}")).StatusCode);

        var own = await owner.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("noindex", string.Join(",", own.Headers.GetValues("X-Robots-Tag")));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Editor_drops_badges_of_others(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var foreign = await PortfolioSite.AwardWithEvidenceAsync(site.Tenant, "no-such-user", PortfolioSite.OtherLearner, "numerique-explorateur");
        var own = site.Badges[0];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);

        var pageId = await site.CreatePageAsync(owner, "Essai", "public",
            [(own, [own.FileEvidenceId, foreign.FileEvidenceId]), (foreign, [foreign.FileEvidenceId])]);
        using var anonymous = site.Anonymous();
        var html = await anonymous.GetStringAsync($"{site.PathBase}/portfolio/{pageId}");

        Assert.Contains(own.Name, html);
        Assert.DoesNotContain(foreign.AssertionId, html);
        Assert.DoesNotContain(foreign.FileEvidenceId, html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{site.PathBase}/portfolio/{pageId}/preuves/{foreign.FileEvidenceId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Page_text_is_rendered_safely(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "<script>alert('titre')</script>", "public", [],
            introduction: "**Bonjour** <img src=x onerror=alert(1)>\n\n[lien](javascript:alert(2))");

        using var anonymous = site.Anonymous();
        var html = await anonymous.GetStringAsync($"{site.PathBase}/portfolio/{pageId}");

        Assert.Contains("<strong>Bonjour</strong>", html);
        Assert.DoesNotContain("<script>alert('titre')", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<img src=\"x\"", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("javascript:alert", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoked_badge_leaves_the_page(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var (kept, revoked) = (site.Badges[0], site.Badges[1]);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "Mes compétences", "public",
            [(kept, []), (revoked, [revoked.FileEvidenceId])]);

        await Issuing.IssuingActions.RevokeAsync(site.Tenant, revoked.AssertionId, "Délivré par erreur");
        using var anonymous = site.Anonymous();
        var html = await anonymous.GetStringAsync($"{site.PathBase}/portfolio/{pageId}");

        Assert.Contains(kept.Name, html);
        Assert.DoesNotContain(revoked.Name, html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{site.PathBase}/portfolio/{pageId}/badges/{revoked.AssertionId}/badge.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{site.PathBase}/portfolio/{pageId}/preuves/{revoked.FileEvidenceId}")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_requires_sign_in()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var anonymous = site.Anonymous();

        var response = await anonymous.GetAsync($"{site.PathBase}/mon-espace");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }
}
