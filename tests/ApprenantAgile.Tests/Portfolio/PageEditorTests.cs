using System.Net;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>The page editor's posts: antiforgery, deletion by the owner only, and the default visibility.</summary>
public sealed class PageEditorTests(PortfolioPlatformFactory factory) : IClassFixture<PortfolioPlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Post_without_antiforgery_is_rejected(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);

        var response = await owner.PostAsync($"{site.PathBase}/mon-espace/pages/nouvelle",
            new FormUrlEncodedContent(PortfolioSite.PageFields("Sans jeton", "public", [(site.Badges[0], [])])));
        var dashboard = await owner.GetStringAsync($"{site.PathBase}/mon-espace");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Sans jeton", dashboard);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Only_owner_deletes_page(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        using var other = await site.SignInAsync(PortfolioSite.OtherLearner);
        var pageId = await site.CreatePageAsync(owner, "À supprimer", "public", [(site.Badges[0], [])]);
        var page = $"{site.PathBase}/portfolio/{pageId}";
        var delete = $"{site.PathBase}/mon-espace/pages/{pageId}/supprimer";

        // The other learner takes a valid token from their own editor, so only ownership can reject the delete.
        var byOther = await TestUsers.PostFormAsync(other, $"{site.PathBase}/mon-espace/pages/nouvelle", new Dictionary<string, string>(), delete);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(page)).StatusCode);

        var byOwner = await TestUsers.PostFormAsync(owner, $"{site.PathBase}/mon-espace/pages/{pageId}", new Dictionary<string, string>(), delete);
        Assert.Equal(HttpStatusCode.Redirect, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task New_page_form_defaults_to_private(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);

        var html = await owner.GetStringAsync($"{site.PathBase}/mon-espace/pages/nouvelle");

        Assert.Contains("value=\"private\" checked", html);
        Assert.DoesNotContain("value=\"public\" checked", html);
        Assert.DoesNotContain("name=\"badges\" value=\"" + site.Badges[0].AssertionId + "\" checked", html);
    }
}
