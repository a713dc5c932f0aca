using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace ApprenantAgile.Tests.Catalogue;

/// <summary>The national catalogue on the national tenant and its copy in centres, on both engines.</summary>
public sealed class NationalCatalogueTests
{
    private const string ChangedSlug = "numerique-batisseur";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task National_recipe_creates_25_classes(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);

        var classes = await ListAsync(site, TenantSettings.DefaultTenantName);

        Assert.Equal(25, classes.Count);
        Assert.All(classes, c => Assert.True(c.IsNational, $"{c.Slug} is not national"));
        Assert.All(classes, c => Assert.Equal("2026.1", c.CatalogueVersion));
        Assert.Equal(8, classes.Where(c => c.Family is not null).Select(c => c.Family).Distinct().Count());
        Assert.Equal(3, classes.Where(c => c.Level is not null).Select(c => c.Level).Distinct().Count());
        Assert.Equal(24, classes.Count(c => c.Family is not null && c.Level is not null));
        Assert.Contains(classes, c => c.Slug == "valorisateur-de-competences" && c.Family is null);

        var numerique = classes.Single(c => c.Slug == ChangedSlug);
        var alignment = Assert.Single(numerique.Alignments);
        Assert.Equal("KC4", alignment.TargetCode);
        Assert.Equal("Compétence numérique", alignment.TargetName);
        Assert.StartsWith("https://eur-lex.europa.eu/", alignment.TargetUrl.AbsoluteUri);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Centre_setup_copies_national_catalogue(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var national = await ListAsync(site, TenantSettings.DefaultTenantName);

        var centre = await site.CreateCentreAsync("besancon");

        var copies = await ListAsync(site, centre);
        Assert.Equal(25, copies.Count);
        Assert.All(copies, c => Assert.True(c.IsNational, $"{c.Slug} is not national in the centre"));
        Assert.All(copies, c => Assert.Equal("2026.1", c.CatalogueVersion));
        Assert.Equal(national.Select(c => c.Slug).Order(), copies.Select(c => c.Slug).Order());

        using var client = site.Factory.CreateClientForHost(CatalogueSite.CentresHost);
        var page = await client.GetAsync($"/{centre}/badges");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var badge in copies)
        {
            Assert.Contains($"href=\"/{centre}/badges/{badge.Slug}\"", html);
        }

        var badgePage = await client.GetAsync($"/{centre}/badges/{ChangedSlug}");
        Assert.Equal(HttpStatusCode.OK, badgePage.StatusCode);
        Assert.Contains("Compétence numérique", await badgePage.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task New_version_updates_national_then_centre(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("dole");
        const string criteria = "Critères révisés pour la version 2027.1 du catalogue.";

        var result = await site.ImportChangedCatalogueAsync("2027.1", ChangedSlug, criteria);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var national = (await ListAsync(site, TenantSettings.DefaultTenantName)).Single(c => c.Slug == ChangedSlug);
        Assert.Equal(criteria, national.CriteriaNarrative);
        Assert.Equal("2027.1", national.CatalogueVersion);

        var before = (await ListAsync(site, centre)).Single(c => c.Slug == ChangedSlug);
        Assert.Equal("2026.1", before.CatalogueVersion);
        Assert.NotEqual(criteria, before.CriteriaNarrative);

        await using (var scope = await site.Factory.TenantHost.CreateScopeAsync(centre))
        {
            var synchronizer = scope.ServiceProvider.GetRequiredService<ApprenantAgile.Badges.Catalogue.CatalogueSynchronizer>();
            var sync = await synchronizer.SynchronizeAsync(CancellationToken.None);
            Assert.NotNull(sync);
            Assert.Equal(25, sync.Updated);
        }

        var after = (await ListAsync(site, centre)).Single(c => c.Slug == ChangedSlug);
        Assert.Equal(criteria, after.CriteriaNarrative);
        Assert.Equal("2027.1", after.CatalogueVersion);
        Assert.Equal(before.Id, after.Id);
    }

    [Fact]
    public async Task Catalogue_json_and_images_are_served()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        using var client = site.Factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await client.GetAsync("/badges/catalogue.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var catalogue = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("2026.1", catalogue["catalogueVersion"]!.GetValue<string>());
        var classes = catalogue["badgeClasses"]!.AsArray();
        Assert.Equal(25, classes.Count);
        var first = classes[0]!.AsObject();
        Assert.Equal("https://w3id.org/openbadges/v2", first["@context"]!.GetValue<string>());
        Assert.Equal("BadgeClass", first["type"]!.GetValue<string>());
        Assert.NotNull(first["extensions:ApprenantAgileCatalogue"]?["slug"]);

        foreach (var slug in new[] { "communication-explorateur", "arts-et-culture-architecte", "valorisateur-de-competences" })
        {
            var svg = await client.GetAsync($"/badges/images/{slug}.svg");
            Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());

            var png = await client.GetAsync($"/badges/images/{slug}.png");
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            var info = Image.Identify(await png.Content.ReadAsByteArrayAsync());
            Assert.True(info.Width >= 400, $"{slug}.png is {info.Width} pixels wide, less than 400.");
            Assert.True(info.Height >= 400, $"{slug}.png is {info.Height} pixels high, less than 400.");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/badges/images/inconnu.png")).StatusCode);
    }

    [Fact]
    public async Task Catalogue_json_is_national_only()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("vesoul");
        using var client = site.Factory.CreateClientForHost(CatalogueSite.CentresHost);

        var response = await client.GetAsync($"/{centre}/badges/catalogue.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<IReadOnlyList<BadgeClassInfo>> ListAsync(CatalogueSite site, string tenant)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(tenant);
        return await scope.ServiceProvider.GetRequiredService<IBadgeClassProvider>().ListAsync();
    }
}
