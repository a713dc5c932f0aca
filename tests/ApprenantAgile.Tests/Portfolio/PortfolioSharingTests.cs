using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>The holder's sharing tools on a page, the dashboard, and trainers' portfolios.</summary>
public sealed partial class PortfolioSharingTests(PortfolioPlatformFactory factory) : IClassFixture<PortfolioPlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LinkedIn_link_carries_credential(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var badge = site.Badges[1];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "CV", "public", [(badge, [])]);

        var html = await owner.GetStringAsync($"{site.PathBase}/portfolio/{pageId}");
        var href = WebUtility.HtmlDecode(LinkedInHref().Match(html).Groups[1].Value);
        var query = QueryHelpers.ParseQuery(new Uri(href).Query);

        Assert.StartsWith("https://www.linkedin.com/profile/add?", href);
        Assert.Equal("CERTIFICATION_NAME", query["startTask"].ToString());
        Assert.Equal(badge.Name, query["name"].ToString());
        Assert.Equal("APP de test", query["organizationName"].ToString());
        Assert.Equal("2026", query["issueYear"].ToString());
        Assert.Equal("3", query["issueMonth"].ToString());
        Assert.Equal(site.CredentialUrl(badge.AssertionId), query["certUrl"].ToString());
        Assert.Equal(badge.AssertionId, query["certId"].ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task QR_code_decodes_to_credential(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var badge = site.Badges[0];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "CV", "link", [(badge, [])]);

        var html = WebUtility.HtmlDecode(await owner.GetStringAsync($"{site.PathBase}/portfolio/{pageId}"));
        var match = QrCodeImage().Match(html);
        Assert.True(match.Success, "The owner's view of the page shows no QR code image.");
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value));

        Assert.Equal(site.CredentialUrl(badge.AssertionId), SvgQrDecoder.Decode(svg));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Visitors_get_no_sharing_tools(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var badge = site.Badges[0];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "CV", "public", [(badge, [])]);
        using var anonymous = site.Anonymous();

        var html = await anonymous.GetStringAsync($"{site.PathBase}/portfolio/{pageId}");

        Assert.Contains(site.CredentialUrl(badge.AssertionId), html);
        Assert.Contains($"/ob2/assertions/{badge.AssertionId}/image.png", html);
        Assert.DoesNotContain("linkedin.com", html);
        Assert.DoesNotContain("data:image/svg+xml", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Badge_json_download_is_the_assertion(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var badge = site.Badges[0];
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        var pageId = await site.CreatePageAsync(owner, "CV", "public", [(badge, [])]);
        using var anonymous = site.Anonymous();

        var response = await anonymous.GetAsync($"{site.PathBase}/portfolio/{pageId}/badges/{badge.AssertionId}/badge.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(site.CredentialUrl(badge.AssertionId), json["id"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Dashboard_states_visibility_plainly(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);
        await site.CreatePageAsync(owner, "Page publique", "public", [(site.Badges[0], [])]);
        await site.CreatePageAsync(owner, "Page privée", "private", []);
        await site.CreatePageAsync(owner, "Page par lien", "link", [], "2026-03-20");

        var html = WebUtility.HtmlDecode(await owner.GetStringAsync($"{site.PathBase}/mon-espace"));

        Assert.Contains("Publique : tout le monde peut voir cette page.", html);
        Assert.Contains("Privée : vous seul ou seule voyez cette page.", html);
        Assert.Contains("Par lien : seules les personnes qui ont le lien voient cette page, jusqu'au 20 mars 2026.", html);
        foreach (var badge in site.Badges)
        {
            Assert.Contains(badge.Name, html);
        }

        Assert.Contains("acceptée, badge délivré", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Trainer_publishes_own_page(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        var trainerId = await TestUsers.CreateAsync(factory, site.Tenant.Name, "formatrice", [StandardRoles.Formateur]);
        var badge = await PortfolioSite.AwardWithEvidenceAsync(site.Tenant, trainerId, "formatrice", "valorisateur-de-competences");
        using var trainer = await site.SignInAsync("formatrice");

        var pageId = await site.CreatePageAsync(trainer, "Ma pratique de formatrice", "public", [(badge, [badge.LinkEvidenceId])]);
        using var anonymous = site.Anonymous();
        var html = await anonymous.GetStringAsync($"{site.PathBase}/portfolio/{pageId}");

        Assert.Contains(badge.Name, html);
        Assert.Contains($"https://exemple.org/{badge.Slug}", html);
        Assert.DoesNotContain(site.Badges[0].Name, html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Past_end_date_is_rejected(DatabaseProvider provider)
    {
        var site = await PortfolioSite.CreateAsync(factory, provider);
        using var owner = await site.SignInAsync(PortfolioSite.Learner);

        var response = await site.PostPageAsync(owner, null, PortfolioSite.PageFields("Trop tard", "link", [], "2020-01-01"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("est déjà passée", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("class=\"linkedin\" href=\"([^\"]+)\"")]
    private static partial Regex LinkedInHref();

    [GeneratedRegex("class=\"qr-code\" src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex QrCodeImage();
}
