using System.Net;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>The admin pages of issued badges over HTTP: list and filters, details, revoke, issue form, CSV import page, and who may open them.</summary>
public sealed class AssertionAdminPageTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public AssertionAdminPageTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task List_filters_by_badge_status_and_email(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var plain = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "liste-a@exemple.fr"));
        var expiring = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, "liste-b@exemple.fr"));
        await IssuingActions.RevokeAsync(tenant, expiring.AssertionId, "Doublon.");
        using var client = await SignInAsync(tenant, "admin-liste", StandardRoles.Administrator);
        var admin = $"/{tenant.Name}/admin/badges/assertions";

        var all = await client.GetStringAsync(admin);
        var byBadge = await client.GetStringAsync($"{admin}?badge={Uri.EscapeDataString(tenant.Class(IssuingTenant.PlainSlug).Id)}");
        var revoked = await client.GetStringAsync($"{admin}?status=revoked");
        var byEmail = await client.GetStringAsync($"{admin}?email={Uri.EscapeDataString(" Liste-A@Exemple.fr")}");

        Assert.Contains(plain.AssertionId, all);
        Assert.Contains(expiring.AssertionId, all);
        Assert.Contains(plain.AssertionId, byBadge);
        Assert.DoesNotContain(expiring.AssertionId, byBadge);
        Assert.Contains(expiring.AssertionId, revoked);
        Assert.DoesNotContain(plain.AssertionId, revoked);
        Assert.Contains(plain.AssertionId, byEmail);
        Assert.DoesNotContain(expiring.AssertionId, byEmail);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Details_page_revokes_with_reason(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "details@exemple.fr"));
        using var client = await SignInAsync(tenant, "admin-details", StandardRoles.Administrator);
        var details = $"/{tenant.Name}/admin/badges/assertions/{issued.AssertionId}";

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(details));
        var empty = await TestUsers.PostFormAsync(client, details, new Dictionary<string, string> { ["revocationReason"] = " " }, details + "/revoke");
        var revoke = await TestUsers.PostFormAsync(client, details, new Dictionary<string, string> { ["revocationReason"] = "Preuve non conforme." }, details + "/revoke");
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(details));
        var hosted = await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json");

        Assert.Contains("<details@exemple.fr>", page);
        Assert.Contains(tenant.Class(IssuingTenant.PlainSlug).Name, page);
        Assert.Contains("Valide", page);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Indiquez le motif", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Contains("Révoqué : Preuve non conforme.", after);
        Assert.Equal(HttpStatusCode.Gone, hosted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Issue_form_issues_badge(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        using var client = await SignInAsync(tenant, "admin-issue", StandardRoles.Administrator);
        var form = $"/{tenant.Name}/admin/badges/assertions/issue";

        var response = await TestUsers.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["BadgeClassId"] = tenant.Class(IssuingTenant.PlainSlug).Id,
            ["Email"] = "formulaire@exemple.fr",
            ["Name"] = "Camille Martin",
            ["Narrative"] = "A présenté son projet au groupe.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!));
        Assert.Contains("Camille Martin", details);
        Assert.Contains("<formulaire@exemple.fr>", details);
    }

    [Fact]
    public async Task Issue_form_rejects_invalid_email()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        using var client = await SignInAsync(tenant, "admin-invalide", StandardRoles.Administrator);
        var form = $"/{tenant.Name}/admin/badges/assertions/issue";

        var response = await TestUsers.PostFormAsync(client, form, new Dictionary<string, string>
        {
            ["BadgeClassId"] = tenant.Class(IssuingTenant.PlainSlug).Id,
            ["Email"] = "pas-une-adresse",
        });
        var (_, total) = await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionStore>().SearchAsync(new AssertionFilter(), 0, 10, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Saisissez l’adresse e-mail de l’apprenant", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, total);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Csv_import_page_shows_form(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        using var client = await SignInAsync(tenant, "admin-import", StandardRoles.Administrator);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/{tenant.Name}/admin/badges/assertions/import"));

        Assert.Contains("enctype=\"multipart/form-data\"", page);
        Assert.Contains("type=\"file\"", page);
        Assert.Contains("__RequestVerificationToken", page);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Anonymous_is_sent_to_login(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        foreach (var path in AdminPaths(tenant))
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains($"/{tenant.Name}/account/login", response.Headers.Location!.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Learner_is_denied_admin_pages(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "apprenant-refuse@example.org"));
        using var client = await SignInAsync(tenant, "apprenant-refuse", StandardRoles.Apprenant);

        foreach (var path in AdminPaths(tenant).Append($"/{tenant.Name}/admin/badges/assertions/{issued.AssertionId}"))
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains($"/{tenant.Name}/account/access-denied", response.Headers.Location!.ToString());
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
        }

        var revoke = await client.PostAsync($"/{tenant.Name}/admin/badges/assertions/{issued.AssertionId}/revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["revocationReason"] = "Tentative." }));
        Assert.NotEqual(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Ob2Http.GetAsync(client, issued.AssertionUrl.AbsoluteUri, "application/ld+json")).StatusCode);
    }

    [Fact]
    public async Task Assertion_list_counts_with_plural_forms()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        using var client = await SignInAsync(tenant, "admin-pluriels", StandardRoles.Administrator);

        await AssertCountAsync(client, tenant, "<p>0 badge trouvé.</p>", "<p>0 badges found.</p>");
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "pluriel-un@example.org"));
        // The public badge page has its own wording (msgctxt of the view); the review page says "a fait".
        using var request = new HttpRequestMessage(HttpMethod.Get, issued.AssertionUrl.AbsoluteUri + "?culture=fr");
        request.Headers.Accept.ParseAdd("text/html");
        var publicPage = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Ce que l’apprenant a réalisé", WebUtility.HtmlDecode(publicPage));
        await AssertCountAsync(client, tenant, "<p>1 badge trouvé.</p>", "<p>1 badge found.</p>");
        await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "pluriel-deux@example.org"));
        await AssertCountAsync(client, tenant, "<p>2 badges trouvés.</p>", "<p>2 badges found.</p>");
    }

    private static async Task AssertCountAsync(HttpClient client, IssuingTenant tenant, string french, string english)
    {
        Assert.Contains(french, WebUtility.HtmlDecode(await client.GetStringAsync($"/{tenant.Name}/admin/badges/assertions?culture=fr")));
        Assert.Contains(english, WebUtility.HtmlDecode(await client.GetStringAsync($"/{tenant.Name}/admin/badges/assertions?culture=en")));
    }

    private static IEnumerable<string> AdminPaths(IssuingTenant tenant) =>
    [
        $"/{tenant.Name}/admin/badges/assertions",
        $"/{tenant.Name}/admin/badges/assertions/issue",
        $"/{tenant.Name}/admin/badges/assertions/import",
    ];

    private async Task<HttpClient> SignInAsync(IssuingTenant tenant, string userName, string role)
    {
        await TestUsers.CreateAsync(_factory, tenant.Name, userName, [role]);
        var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, $"/{tenant.Name}", userName);
        return client;
    }
}
