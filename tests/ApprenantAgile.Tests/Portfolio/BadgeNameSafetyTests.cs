using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Badges;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>
/// A centre's local badge class whose name carries HTML and Liquid payloads: created in the badge
/// class admin, issued to a learner and shown on a public page, it must reach every page as text only.
/// </summary>
public sealed class BadgeNameSafetyTests(PortfolioPlatformFactory factory) : IClassFixture<PortfolioPlatformFactory>
{
    private const string Slug = "badge-piege";

    private const string HostileName = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>{{ 7*7 }}{% raw %}";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Hostile_badge_name_is_shown_as_text(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        await CreateLocalClassAsync(site);
        var badgeClass = await site.Tenant.WithScopeAsync(async services =>
            (await services.GetRequiredService<IBadgeClassProvider>().ListAsync()).Single(c => c.Slug == Slug));
        Assert.Equal(HostileName, badgeClass.Name);

        var issued = await site.Tenant.IssueAsync(new IssueRequest
        {
            BadgeClassId = badgeClass.Id,
            RecipientEmail = $"{PortfolioSite.Learner}@example.org",
            RecipientName = "Apprenante",
            SourceKey = "test:" + Guid.NewGuid().ToString("N"),
        });
        var heldBadge = new HeldBadgeSample(Slug, badgeClass.Name, issued.AssertionId, "", "", "");
        using var learner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(learner, "Mes compétences", "public", [(heldBadge, [])]);

        using var anonymous = site.Anonymous();
        await AssertRenderedAsTextAsync(anonymous, $"{site.PathBase}/badges");
        await AssertRenderedAsTextAsync(anonymous, $"{site.PathBase}/badges/{Slug}");
        await AssertRenderedAsTextAsync(anonymous, $"{site.PathBase}/portfolio/{pageId}");
        await AssertRenderedAsTextAsync(learner, $"{site.PathBase}/mon-espace");
    }

    private static async Task CreateLocalClassAsync(PortfolioSite site)
    {
        await TestUsers.CreateAsync(site.Tenant.Factory, site.Tenant.Name, "directrice", [StandardRoles.Administrator]);
        using var admin = site.Anonymous();
        await TestUsers.SignInAsync(admin, site.PathBase, "directrice");

        var formUrl = $"{site.PathBase}/admin/badges/classes/create";
        var token = TestUsers.ReadAntiforgeryToken(await admin.GetStringAsync(formUrl), formUrl);
        var image = new ByteArrayContent(TestImages.CreatePng(450, 450));
        image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(HostileName), "Name" },
            { new StringContent(Slug), "Slug" },
            { new StringContent("Reconnaît l'accueil des visiteurs du centre."), "Description" },
            { new StringContent("La personne accueille au moins cinq visiteurs."), "CriteriaNarrative" },
            { new StringContent("accueil"), "Tags" },
            { image, "Image", "badge.png" },
        };

        var response = await admin.PostAsync(formUrl, form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating the local badge class returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// Parses the page as a browser would and checks that the payload built no element or attribute,
    /// and that the name reaches the reader whole, Liquid markup included, as text.
    /// </summary>
    private static async Task AssertRenderedAsTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}.");

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);

        using var document = new HtmlParser().ParseDocument(html);
        var handlers = document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(handlers.Count == 0, $"{url} has event handler attributes: {string.Join(", ", handlers.Select(e => e.OuterHtml))}");
        Assert.Empty(document.QuerySelectorAll("img[src='x']"));
        var scripts = document.QuerySelectorAll("script").Where(s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json").ToList();
        Assert.True(scripts.Count == 0, $"{url} has a script element running the payload: {string.Join(", ", scripts.Select(s => s.OuterHtml))}");

        Assert.Contains(HostileName, document.Body!.TextContent);
        Assert.DoesNotContain(">49<", html);
    }
}
