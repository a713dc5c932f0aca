using System.Net;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Catalogue;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Templates;

/// <summary>Staff overrides of the theme's templates through the admin, per centre, on both database engines.</summary>
public sealed class TemplateOverrideTests
{
    private const string HomeOverride = """
        <h1>Accueil personnalisé de {{ Model.SiteName }}</h1>
        <p>{{ "Welcome to {0}" | t: Model.SiteName }}</p>
        """;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Override_changes_only_its_centre(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centreA = await site.CreateCentreAsync("annecy");
        var centreB = await site.CreateCentreAsync("brest");
        using var admin = await TemplateAdminClient.SignInAsync(site, centreA);
        using var visitor = site.Factory.CreateClientForHost(CatalogueSite.CentresHost);
        Assert.Contains("Bienvenue sur APP de annecy", await visitor.GetStringAsync($"/{centreA}/"));

        await admin.SaveAsync("Home", HomeOverride);

        var homeA = await visitor.GetStringAsync($"/{centreA}/");
        var homeB = await visitor.GetStringAsync($"/{centreB}/");
        Assert.Contains("<h1>Accueil personnalisé de APP de annecy</h1>", homeA);
        Assert.Contains("<title>Accueil – APP de annecy</title>", homeA);
        Assert.DoesNotContain("Accueil personnalisé", homeB);
        Assert.Contains("Bienvenue sur APP de brest", homeB);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reset_restores_theme_version(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("colmar");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);
        await admin.SaveAsync("Home", HomeOverride);
        Assert.Contains("Accueil personnalisé", await admin.Client.GetStringAsync($"/{centre}/"));

        var reset = await admin.ResetAsync("Home");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var home = await admin.Client.GetStringAsync($"/{centre}/");
        Assert.DoesNotContain("Accueil personnalisé", home);
        Assert.Contains("Bienvenue sur APP de colmar", home);
        var editor = await admin.Client.GetStringAsync($"/{centre}/admin/templates/Home");
        Assert.Contains("Ce site utilise la version du thème.", WebUtility.HtmlDecode(editor));
        Assert.Contains("<title>Gabarit Home – ", editor);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Broken_template_is_rejected_with_line(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("dole");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);
        const string broken = "<h1>{{ Model.SiteName }}</h1>\n<ul>\n{% for badge in Model.Badges %}\n<li>{{ badge }}</li>\n";

        var response = await admin.SubmitAsync("Home", broken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var error = TemplateAdminClient.ErrorOf(html);
        Assert.StartsWith("Erreur de syntaxe ligne ", error);
        Assert.Matches(@"ligne [3-5], colonne \d+", error);
        Assert.Contains("il manque « {% endfor %} » à cet endroit", error);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains("{% for badge in Model.Badges %}", WebUtility.HtmlDecode(html));
        var home = await admin.Client.GetAsync($"/{centre}/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Bienvenue sur APP de dole", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Syntax_error_names_its_line()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("evian");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);

        var response = await admin.SubmitAsync("Home", "<p>un</p>\n<p>deux</p>\n<p>{{ Model.SiteName | }}</p>\n");

        var error = TemplateAdminClient.ErrorOf(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Erreur de syntaxe ligne 3, colonne ", error);
    }

    [Fact]
    public async Task Preview_shows_page_without_saving()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("figeac");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);

        var response = await admin.SubmitAsync("Home", HomeOverride, command: "preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("sandbox=\"allow-scripts\"", html);
        var frame = WebUtility.HtmlDecode(html[html.IndexOf("srcdoc=\"", StringComparison.Ordinal)..]);
        Assert.Contains("<h1>Accueil personnalisé de APP de figeac</h1>", frame);
        Assert.Contains("<title>Aperçu – APP de figeac</title>", frame);
        Assert.DoesNotContain("Accueil personnalisé", await admin.Client.GetStringAsync($"/{centre}/"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Catalogue_template_is_overridable(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("gap");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);
        var list = WebUtility.HtmlDecode(await admin.Client.GetStringAsync($"/{centre}/admin/templates"));
        Assert.Contains(">Catalogue.Map</a>", list);
        Assert.Contains(">Catalogue.Badge</a>", list);

        await admin.SaveAsync("Catalogue.Map", "<h1>Nos badges</h1>{% for family in Model.Families %}<p class=\"famille\">{{ family.Name }}</p>{% endfor %}");

        var catalogue = await admin.Client.GetStringAsync($"/{centre}/badges");
        Assert.Contains("<h1>Nos badges</h1>", catalogue);
        Assert.Equal(8, catalogue.Split("class=\"famille\"").Length - 1);
        var listAfter = WebUtility.HtmlDecode(await admin.Client.GetStringAsync($"/{centre}/admin/templates"));
        Assert.Contains("Modifié pour ce site", listAfter);
    }

    [Fact]
    public async Task Disabled_feature_restores_theme_version()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("gueret");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);
        await admin.SaveAsync("Home", HomeOverride);
        Assert.Contains("Accueil personnalisé", await admin.Client.GetStringAsync($"/{centre}/"));

        await using (var scope = await site.Factory.TenantHost.CreateScopeAsync(centre))
        {
            var result = await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().DisableAsync(["ApprenantAgile.Templates"]);
            Assert.True(result.Succeeded, "Disabling the Templates feature failed: " + string.Join("; ", result.Errors));
        }

        var home = await admin.Client.GetStringAsync($"/{centre}/");
        Assert.DoesNotContain("Accueil personnalisé", home);
        Assert.Contains("Bienvenue sur APP de gueret", home);
    }

    [Fact]
    public async Task Unknown_template_is_not_found()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("hyeres");
        using var admin = await TemplateAdminClient.SignInAsync(site, centre);

        var response = await admin.Client.GetAsync($"/{centre}/admin/templates/Secret.Page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Admin_requires_manage_templates()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("issoire");
        await TestUsers.CreateAsync(site.Factory, centre, "formatrice", [ApprenantAgile.Platform.Security.Permissions.StandardRoles.Formateur]);
        await TestUsers.CreateRoleAsync(site.Factory, centre, "Graphiste", ["AccessAdmin", "ManageTemplates"]);
        await TestUsers.CreateAsync(site.Factory, centre, "graphiste", ["Graphiste"]);
        using var trainer = site.Factory.CreateClientForHost(CatalogueSite.CentresHost);
        using var designer = site.Factory.CreateClientForHost(CatalogueSite.CentresHost);
        await TestUsers.SignInAsync(trainer, $"/{centre}", "formatrice");
        await TestUsers.SignInAsync(designer, $"/{centre}", "graphiste");

        var denied = await trainer.GetAsync($"/{centre}/admin/templates/Home");
        var allowed = await designer.GetAsync($"/{centre}/admin/templates/Home");

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/access-denied", denied.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
