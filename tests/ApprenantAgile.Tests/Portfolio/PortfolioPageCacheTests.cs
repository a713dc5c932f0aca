using System.Net;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>
/// The cache of whole public pages for anonymous visitors, through HTTP on the real host: what it serves
/// again, what must show at once after a change, and what it must never serve. The cache does not depend
/// on the database engine, so these tests run on SQLite only.
/// </summary>
public sealed class PortfolioPageCacheTests(PortfolioPlatformFactory factory) : IClassFixture<PortfolioPlatformFactory>
{
    private const string OwnerOnlyMarker = "linkedin.com/profile/add";
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US";

    [Fact]
    public async Task Public_page_served_from_cache()
    {
        var (site, pageId) = await CreatePublicPageAsync("Mes compétences");
        using var anonymous = site.Anonymous();

        var first = await anonymous.GetAsync(PageUrl(site, pageId));
        var second = await anonymous.GetAsync(PageUrl(site, pageId));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(IsCacheHit(first), "The first request cannot be a cache hit.");
        Assert.True(IsCacheHit(second), "The second anonymous request was rendered again instead of served from the cache.");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", second.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Public_page_needs_no_cookie()
    {
        var (site, pageId) = await CreatePublicPageAsync("Mes compétences");
        using var anonymous = site.Anonymous();

        var response = await anonymous.GetAsync(PageUrl(site, pageId));
        var html = await response.Content.ReadAsStringAsync();

        Assert.False(response.Headers.Contains("Set-Cookie"), "A public page must set no cookie, or it could not be shared between visitors.");
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.Contains($"<form class=\"language\" method=\"get\" action=\"{site.PathBase}/culture\">", html);
    }

    [Fact]
    public async Task Page_edit_shows_at_once()
    {
        var (site, pageId) = await CreatePublicPageAsync("Ancien titre");
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        using var anonymous = site.Anonymous();
        await WarmAsync(anonymous, PageUrl(site, pageId));

        var edit = await site.PostPageAsync(owner, pageId, PortfolioSite.PageFields("Nouveau titre", "public", [(site.Badges[0], [])]));
        var after = await anonymous.GetAsync(PageUrl(site, pageId));
        var html = await after.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.False(IsCacheHit(after), "The page was served from the cache after its edit.");
        Assert.Contains("Nouveau titre", html);
        Assert.DoesNotContain("Ancien titre", html);
    }

    [Fact]
    public async Task Page_made_private_leaves_cache()
    {
        var (site, pageId) = await CreatePublicPageAsync("Bientôt privée");
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        using var anonymous = site.Anonymous();
        await WarmAsync(anonymous, PageUrl(site, pageId));

        await site.PostPageAsync(owner, pageId, PortfolioSite.PageFields("Bientôt privée", "private", [(site.Badges[0], [])]));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(PageUrl(site, pageId))).StatusCode);
    }

    [Fact]
    public async Task Revoked_badge_leaves_page_at_once()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        var (kept, revoked) = (site.Badges[0], site.Badges[1]);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "Deux badges", "public", [(kept, []), (revoked, [])]);
        using var anonymous = site.Anonymous();
        var cached = await WarmAsync(anonymous, PageUrl(site, pageId));
        Assert.Contains(revoked.Name, cached);

        var outcome = await site.Tenant.WithScopeAsync(services =>
            services.GetRequiredService<AssertionRevoker>().RevokeAsync(revoked.AssertionId, "Délivré par erreur", null, CancellationToken.None));
        var html = await anonymous.GetStringAsync(PageUrl(site, pageId));

        Assert.Equal(RevocationOutcome.Revoked, outcome);
        Assert.Contains(kept.Name, html);
        Assert.DoesNotContain(revoked.Name, html);
        Assert.DoesNotContain(revoked.AssertionId, html);
    }

    [Fact]
    public async Task Link_only_page_never_cached()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        var badge = site.Badges[0];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var lastDay = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        var pageId = await site.CreatePageAsync(owner, "Pour mon employeur", "link", [(badge, [])], lastDay.ToString("yyyy-MM-dd"));
        var shareLink = await site.ReadShareLinkAsync(owner, pageId);
        using var anonymous = site.Anonymous();

        var first = await anonymous.GetAsync(shareLink);
        var second = await anonymous.GetAsync(shareLink);
        factory.Clock.Advance(TimeSpan.FromDays(3));
        var afterEnd = await anonymous.GetAsync(shareLink);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(IsCacheHit(second), "A link-only page was served from the cache.");
        Assert.Equal(HttpStatusCode.NotFound, afterEnd.StatusCode);
    }

    [Fact]
    public async Task Private_page_never_cached()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "Mon brouillon", "private", [(site.Badges[0], [])]);
        using var anonymous = site.Anonymous();

        var byOwner = await owner.GetAsync(PageUrl(site, pageId));
        var byOwnerAgain = await owner.GetAsync(PageUrl(site, pageId));
        var byVisitor = await anonymous.GetAsync(PageUrl(site, pageId));

        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        Assert.False(IsCacheHit(byOwnerAgain), "The owner's private page was served from the cache.");
        Assert.Equal(HttpStatusCode.NotFound, byVisitor.StatusCode);
    }

    [Fact]
    public async Task Owner_view_not_shared_with_visitors()
    {
        var (site, pageId) = await CreatePublicPageAsync("Mes compétences");
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        using var anonymous = site.Anonymous();

        var ownerHtml = await owner.GetStringAsync(PageUrl(site, pageId));
        var visitor = await anonymous.GetAsync(PageUrl(site, pageId));

        Assert.Contains(OwnerOnlyMarker, ownerHtml);
        Assert.False(IsCacheHit(visitor), "The owner's rendering was stored for visitors.");
        Assert.DoesNotContain(OwnerOnlyMarker, await visitor.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_owner_bypasses_cache()
    {
        var (site, pageId) = await CreatePublicPageAsync("Mes compétences");
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        using var anonymous = site.Anonymous();
        await WarmAsync(anonymous, PageUrl(site, pageId));

        var response = await owner.GetAsync(PageUrl(site, pageId));

        Assert.False(IsCacheHit(response), "A signed-in owner was served the visitors' cached page.");
        Assert.Contains(OwnerOnlyMarker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Culture_variants_cached_apart()
    {
        var (site, pageId) = await CreatePublicPageAsync("Mes compétences");
        using var anonymous = site.Anonymous();
        var french = await WarmAsync(anonymous, PageUrl(site, pageId));

        var english = await GetWithCookieAsync(anonymous, PageUrl(site, pageId), EnglishCookie);
        var englishAgain = await GetWithCookieAsync(anonymous, PageUrl(site, pageId), EnglishCookie);
        var frenchAgain = await anonymous.GetAsync(PageUrl(site, pageId));

        Assert.Contains("<html lang=\"fr\">", french);
        Assert.False(IsCacheHit(english), "The English page was served from the French page's cache entry.");
        Assert.Contains("<html lang=\"en\">", await english.Content.ReadAsStringAsync());
        Assert.True(IsCacheHit(englishAgain), "The English page was not cached.");
        Assert.Contains("<html lang=\"en\">", await englishAgain.Content.ReadAsStringAsync());
        Assert.True(IsCacheHit(frenchAgain), "The French page left the cache when the English one was stored.");
        Assert.Contains("<html lang=\"fr\">", await frenchAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Language_switch_link_sets_culture()
    {
        var (site, pageId) = await CreatePublicPageAsync("Mes compétences");
        using var anonymous = site.Anonymous();

        var response = await anonymous.GetAsync($"{site.PathBase}/culture?culture=en&returnUrl={Uri.EscapeDataString($"~/portfolio/{pageId}")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PageUrl(site, pageId), response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Site_name_change_shows_at_once()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        var catalogue = $"{site.PathBase}/badges";
        using var anonymous = site.Anonymous();
        await WarmAsync(anonymous, catalogue);

        await site.Tenant.WithScopeAsync(async services =>
        {
            var documents = services.GetRequiredService<IDocumentStore>();
            var settings = await documents.GetAsync<SiteSettings>();
            settings.SiteName = "APP renommé";
            await documents.SaveAsync(settings);
            return settings;
        });
        var after = await anonymous.GetAsync(catalogue);

        Assert.False(IsCacheHit(after), "The catalogue page was served from the cache after the site settings changed.");
        Assert.Contains("APP renommé", await after.Content.ReadAsStringAsync());
    }

    private async Task<(PortfolioSite Site, string PageId)> CreatePublicPageAsync(string title)
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, title, "public", [(site.Badges[0], [])]);
        return (site, pageId);
    }

    /// <summary>Requests the URL twice, so that the first request stores it, and returns the body of the second, a cache hit.</summary>
    private static async Task<string> WarmAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        var cached = await client.GetAsync(url);
        Assert.True(IsCacheHit(cached), $"GET {url} was not cached for anonymous visitors.");
        return await cached.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static bool IsCacheHit(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PublicPageShortcut.HitHeader, out var values) && values.Contains("hit");

    private static string PageUrl(PortfolioSite site, string pageId) => $"{site.PathBase}/portfolio/{pageId}";
}
