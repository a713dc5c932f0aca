using System.Net;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Catalogue;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Templates;

/// <summary>
/// What a staff member's template override can reach. It reads only the page's view model, never the
/// runtime, configuration, services or files, and user text stays inert in every output form.
/// </summary>
public sealed class TemplateSandboxTests
{
    /// <summary>Expressions that would leak something if the sandbox let them through; each must render as nothing.</summary>
    private static readonly string[] EscapeAttempts =
    [
        "{{ Model.GetType }}",
        "{{ Model.GetType.Assembly.Location }}",
        "{{ Model.SiteName.GetType.FullName }}",
        "{{ Model.SiteName.Length.GetType }}",
        "{{ Configuration }}",
        "{{ Configuration.ConnectionStrings }}",
        "{{ Configuration['Platform:PostgresConnectionString'] }}",
        "{{ HttpContext.RequestServices }}",
        "{{ Context.User.Identity.Name }}",
        "{{ Services }}",
        "{{ ServiceProvider.GetService }}",
        "{{ System.Environment.MachineName }}",
        "{{ Environment.CurrentDirectory }}",
        "{{ AppDomain.CurrentDomain.BaseDirectory }}",
    ];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Override_reaches_only_view_model(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("jarnac");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);
        var lines = EscapeAttempts.Select((attempt, index) => $"<li id=\"essai-{index}\">[{attempt}]</li>");

        await admin.SaveAsync("Home", "<ul>\n" + string.Join("\n", lines) + "\n</ul>");

        var home = await admin.Client.GetStringAsync($"/{centre}/");
        for (var index = 0; index < EscapeAttempts.Length; index++)
        {
            Assert.True(home.Contains($"<li id=\"essai-{index}\">[]</li>"),
                $"The attempt {EscapeAttempts[index]} rendered something: {Line(home, $"essai-{index}")}");
        }
    }

    [Theory]
    [InlineData("{% render '/etc/passwd' %}")]
    [InlineData("{% include '../../../appsettings.json' %}")]
    [InlineData("{% render 'appsettings.json' %}")]
    [InlineData("{% render 'ApprenantAgile.Web.dll' %}")]
    public async Task File_reads_are_rejected_at_save(string source)
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("laval");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);

        var response = await admin.SubmitAsync("Home", "<p>avant</p>" + source + "<p>après</p>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotEqual("", TemplateAdminClient.ErrorOf(html));
        Assert.DoesNotContain("root:", html);
        Assert.DoesNotContain("\"Platform\"", html);
        Assert.Contains("Bienvenue sur APP de laval", await admin.Client.GetStringAsync($"/{centre}/"));
    }

    [Fact]
    public async Task Huge_loop_is_rejected_at_save()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("macon");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);

        var response = await admin.SubmitAsync("Home", "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = TemplateAdminClient.ErrorOf(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Le gabarit n'a pas pu être affiché avec les données d'exemple", error.Replace('’', '\''));
        Assert.Contains("Bienvenue sur APP de macon", await admin.Client.GetStringAsync($"/{centre}/"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task User_text_stays_inert_when_raw(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("nantua");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);
        await SetSiteNameAsync(site, centre, "<img src=x onerror=alert(1)><script>alert(2)</script>Centre <b>gras</b>");

        await admin.SaveAsync("Home", """
            <p id="brut">{{ Model.SiteName | raw }}</p>
            <p id="nettoye">{{ Model.SiteName | sanitize }}</p>
            <p id="encode">{{ Model.SiteName }}</p>
            """);

        var home = await admin.Client.GetStringAsync($"/{centre}/");
        Assert.Contains("<p id=\"brut\">&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;Centre &lt;b&gt;gras&lt;/b&gt;</p>", home);
        Assert.Contains("<p id=\"nettoye\"><img src=\"x\">Centre <b>gras</b></p>", home);
        Assert.Contains("<p id=\"encode\">&lt;img src=x onerror=alert(1)&gt;", home);
        Assert.DoesNotContain("<script>alert", home);
        Assert.DoesNotContain("onerror=alert(1)>", home);
    }

    private static async Task SetSiteNameAsync(CatalogueSite site, string centre, string siteName)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(centre);
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var settings = await documents.GetAsync<SiteSettings>();
        settings.SiteName = siteName;
        await documents.SaveAsync(settings);
    }

    private static string Line(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return start < 0 ? "(line missing)" : html[start..Math.Min(html.Length, html.IndexOf("</li>", start, StringComparison.Ordinal) + 5)];
    }
}
