using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>
/// The account navigation of the public pages (theme header) and of the learner pages (Razor partial),
/// through HTTP on the real host. The tests cover what an anonymous visitor, a learner and a staff member see,
/// and sign-out from a public page. They also check that the public page cache never mixes signed-in and
/// anonymous renderings.
/// </summary>
public sealed class AccountNavigationTests(PortfolioPlatformFactory factory) : IClassFixture<PortfolioPlatformFactory>
{
    private const string SignOutButton = "Se déconnecter";
    private const string AntiforgeryField = "__RequestVerificationToken";
    private const string SignedInAs = "Connecté·e : " + PortfolioSite.Learner;

    [Fact]
    public async Task Anonymous_header_links_to_sign_in()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var anonymous = site.Anonymous();

        var html = await anonymous.GetStringAsync($"{site.PathBase}/badges");

        Assert.Contains($"<a href=\"{site.PathBase}/account/login?returnUrl=~%2Fbadges\">Se connecter</a>", html);
        Assert.Contains("<nav class=\"account-nav\" aria-label=\"Votre compte\">", html);
        Assert.DoesNotContain(SignOutButton, html);
        Assert.DoesNotContain($"{site.PathBase}/mon-espace", html);
    }

    [Fact]
    public async Task Sign_in_link_returns_to_page()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var client = site.Anonymous();
        var catalogue = await client.GetStringAsync($"{site.PathBase}/badges");
        var signInUrl = WebUtility.HtmlDecode(Regex.Match(catalogue, "<a href=\"([^\"]*/account/login[^\"]*)\">").Groups[1].Value);
        var loginForm = await client.GetStringAsync(signInUrl);
        var returnUrl = WebUtility.HtmlDecode(Regex.Match(loginForm, "name=\"ReturnUrl\" value=\"([^\"]*)\"").Groups[1].Value);

        var signIn = await TestUsers.PostFormAsync(client, signInUrl,
            new Dictionary<string, string> { ["UserNameOrEmail"] = PortfolioSite.Learner, ["Password"] = TestUsers.DefaultPassword, ["ReturnUrl"] = returnUrl });

        Assert.Equal("~/badges", returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal($"{site.PathBase}/badges", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Learner_header_shows_account_links()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(PortfolioSite.Learner);

        var html = await learner.GetStringAsync($"{site.PathBase}/badges");

        Assert.Contains(SignedInAs, html);
        Assert.Contains($"<a href=\"{site.PathBase}/mon-espace\">Mon espace</a>", html);
        Assert.Contains($"<a href=\"{site.PathBase}/mes-demandes\">Mes demandes</a>", html);
        Assert.Contains($"<a href=\"{site.PathBase}/mes-badges\">Mes badges</a>", html);
        Assert.Contains($"<form method=\"post\" action=\"{site.PathBase}/account/logout\">", html);
        Assert.Contains(SignOutButton, html);
        Assert.DoesNotContain($"{site.PathBase}/admin", html);
        Assert.DoesNotContain("/account/login", html);
    }

    [Fact]
    public async Task Staff_header_links_to_admin()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        await TestUsers.CreateAsync(factory, site.Tenant.Name, "directrice", [StandardRoles.Administrator]);
        using var staff = await site.SignInAsync("directrice");

        var html = await staff.GetStringAsync($"{site.PathBase}/badges");

        Assert.Contains($"<a href=\"{site.PathBase}/admin\">Administration</a>", html);
    }

    [Fact]
    public async Task Disabled_feature_hides_its_link()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        await using (var scope = await factory.TenantHost.CreateScopeAsync(site.Tenant.Name))
        {
            var result = await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().DisableAsync([PortfolioSite.PortfolioFeature]);
            Assert.True(result.Succeeded, "Disabling the Portfolio feature failed: " + string.Join("; ", result.Errors));
        }

        using var learner = await site.SignInAsync(PortfolioSite.Learner);
        var html = await learner.GetStringAsync($"{site.PathBase}/badges");

        Assert.DoesNotContain($"{site.PathBase}/mon-espace", html);
        Assert.Contains($"<a href=\"{site.PathBase}/mes-badges\">Mes badges</a>", html);
    }

    [Fact]
    public async Task Sign_out_from_public_page()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(PortfolioSite.Learner);
        var home = await learner.GetStringAsync($"{site.PathBase}/badges");
        var token = TestUsers.ReadAntiforgeryToken(home, "the catalogue page");

        var signOut = await learner.PostAsync($"{site.PathBase}/account/logout",
            new FormUrlEncodedContent([new(AntiforgeryField, token)]));
        var dashboard = await learner.GetAsync($"{site.PathBase}/mon-espace");
        var homeAfter = await learner.GetStringAsync($"{site.PathBase}/badges");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Contains("/account/login", dashboard.Headers.Location?.OriginalString ?? "");
        Assert.DoesNotContain(SignedInAs, homeAfter);
    }

    [Theory]
    [InlineData("mes-demandes", "Mes demandes")]
    [InlineData("mes-badges", "Mes badges")]
    public async Task Learner_page_marks_current_link(string path, string text)
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(PortfolioSite.Learner);

        var html = await learner.GetStringAsync($"{site.PathBase}/{path}");

        Assert.Contains($"<a href=\"{site.PathBase}/{path}\" aria-current=\"page\">{text}</a>", html);
        Assert.Contains($"<a href=\"{site.PathBase}/mon-espace\">Mon espace</a>", html);
        Assert.Contains(SignedInAs, html);
        Assert.Contains(SignOutButton, html);
    }

    [Fact]
    public async Task Dashboard_marks_current_link()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(PortfolioSite.Learner);

        var html = await learner.GetStringAsync($"{site.PathBase}/mon-espace");

        Assert.Contains($"<a href=\"{site.PathBase}/mon-espace\" aria-current=\"page\">Mon espace</a>", html);
    }

    [Fact]
    public async Task Header_in_english()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(PortfolioSite.Learner);

        var html = await learner.GetStringAsync($"{site.PathBase}/badges?culture=en");

        Assert.Contains("aria-label=\"Your account\"", html);
        Assert.Contains($"<a href=\"{site.PathBase}/mon-espace\">My space</a>", html);
        Assert.Contains($"<a href=\"{site.PathBase}/mes-demandes\">My applications</a>", html);
        Assert.Contains($"<a href=\"{site.PathBase}/mes-badges\">My badges</a>", html);
        Assert.Contains("Sign out", html);
    }

    [Fact]
    public async Task Signed_in_never_gets_cached_page()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var anonymous = site.Anonymous();
        using var learner = await site.SignInAsync(PortfolioSite.Learner);
        await anonymous.GetAsync($"{site.PathBase}/badges");
        var cached = await anonymous.GetAsync($"{site.PathBase}/badges");

        var signedIn = await learner.GetAsync($"{site.PathBase}/badges");
        var html = await signedIn.Content.ReadAsStringAsync();

        Assert.True(IsCacheHit(cached), "The anonymous home page was not cached, so this test proves nothing.");
        Assert.False(IsCacheHit(signedIn), "A signed-in learner was served the anonymous visitors' cached page.");
        Assert.Contains(SignedInAs, html);
        Assert.DoesNotContain("/account/login?returnUrl", html);
    }

    [Fact]
    public async Task Anonymous_never_gets_user_page()
    {
        var site = await PortfolioSite.CreateAsync(factory, DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(PortfolioSite.Learner);
        using var anonymous = site.Anonymous();
        foreach (var path in new[] { "/badges", "/badges/" + PortfolioSite.LearnerSlugs[0] })
        {
            await learner.GetAsync(site.PathBase + path);
            await learner.GetAsync(site.PathBase + path);

            var first = await anonymous.GetAsync(site.PathBase + path);
            var second = await anonymous.GetAsync(site.PathBase + path);

            foreach (var response in new[] { first, second })
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.DoesNotContain(PortfolioSite.Learner, html);
                Assert.DoesNotContain(AntiforgeryField, html);
                Assert.DoesNotContain(SignOutButton, html);
                Assert.False(response.Headers.Contains("Set-Cookie"), $"GET {path} set a cookie for an anonymous visitor, so the page could not be shared.");
            }

            Assert.False(IsCacheHit(first), $"GET {path}: the first anonymous request was a cache hit, so a signed-in rendering was stored.");
            Assert.True(IsCacheHit(second), $"GET {path} was not cached for anonymous visitors.");
        }
    }

    private static bool IsCacheHit(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PublicPageShortcut.HitHeader, out var values) && values.Contains("hit");
}
