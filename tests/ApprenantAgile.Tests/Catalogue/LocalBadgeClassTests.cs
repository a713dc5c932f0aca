using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Badges;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Catalogue;

/// <summary>The badge classes admin of a centre: national classes read-only, local classes with checked uploads.</summary>
public sealed class LocalBadgeClassTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Centre_cannot_edit_national_class(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("lons");
        using var client = await SignInAdminAsync(site, centre);
        var national = (await ListAsync(site, centre)).First(c => c.IsNational);

        var form = await client.GetAsync($"/{centre}/admin/badges/classes/{national.Id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Contains("catalogue national", await form.Content.ReadAsStringAsync());

        var index = await client.GetStringAsync($"/{centre}/admin/badges/classes");
        var post = await client.PostAsync($"/{centre}/admin/badges/classes/{national.Id}/edit", await FormAsync(index, national.Slug, "Nom changé", null));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(national.Name, (await ListAsync(site, centre)).Single(c => c.Id == national.Id).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Local_class_with_png_is_created(DatabaseProvider provider)
    {
        await using var site = await CatalogueSite.CreateAsync(provider);
        var centre = await site.CreateCentreAsync("dijon");
        using var client = await SignInAdminAsync(site, centre);
        var png = TestImages.CreatePng(450, 450);

        var create = await client.GetStringAsync($"/{centre}/admin/badges/classes/create");
        var response = await client.PostAsync($"/{centre}/admin/badges/classes/create", await FormAsync(create, "accueil-du-public", "Accueil du public", ("badge.png", png)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var local = (await ListAsync(site, centre)).Single(c => c.Slug == "accueil-du-public");
        Assert.False(local.IsNational);
        Assert.Equal(26, (await ListAsync(site, centre)).Count);

        var image = await client.GetAsync($"/{centre}/badges/images/accueil-du-public.png");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());
        Assert.Contains($"href=\"/{centre}/badges/accueil-du-public\"", await client.GetStringAsync($"/{centre}/badges"));
    }

    public static TheoryData<string, string, string> RejectedUploads => new()
    {
        { "huge.png", "20000x20000", "20000 × 20000 pixels" },
        { "truncated.png", "truncated", "endommagée" },
        { "script.svg", "svg-script", "script" },
        { "document.png", "pdf", "PDF" },
    };

    [Theory]
    [MemberData(nameof(RejectedUploads))]
    public async Task Rejected_upload_stores_nothing(string fileName, string kind, string expectedMessagePart)
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("nevers");
        using var client = await SignInAdminAsync(site, centre);
        var mediaFolder = Path.Combine(site.Factory.AppDataPath, "Sites", centre, "media");

        var create = await client.GetStringAsync($"/{centre}/admin/badges/classes/create");
        var response = await client.PostAsync($"/{centre}/admin/badges/classes/create", await FormAsync(create, "badge-refuse", "Badge refusé", (fileName, Upload(kind))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("n'a pas été enregistré", html.Replace('’', '\''));
        Assert.Contains(expectedMessagePart, html);
        Assert.DoesNotContain((await ListAsync(site, centre)), c => c.Slug == "badge-refuse");
        Assert.False(Directory.Exists(mediaFolder) && Directory.EnumerateFiles(mediaFolder, "*", SearchOption.AllDirectories).Any(),
            $"A file was stored under {mediaFolder} although the upload was rejected.");
    }

    private static byte[] Upload(string kind) => kind switch
    {
        "20000x20000" => TestImages.CreatePngHeaderOnly(20000, 20000),
        "truncated" => TestImages.CreatePng(450, 450)[..200],
        "svg-script" => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"),
        "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown upload kind."),
    };

    [Fact]
    public async Task Class_list_shows_names_in_catalogue_order()
    {
        await using var site = await CatalogueSite.CreateAsync(DatabaseProvider.Sqlite);
        var centre = await site.CreateCentreAsync("dole");
        using var client = await SignInAdminAsync(site, centre);
        CatalogueDocument catalogue;
        await using (var scope = await site.Factory.TenantHost.CreateScopeAsync(centre))
        {
            catalogue = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<CatalogueDocument>();
        }

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/{centre}/admin/badges/classes"));
        var rows = Regex.Matches(page, @"<th scope=""row""><a [^>]*>[^<]*</a></th>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>")
            .Select(m => (Family: m.Groups[1].Value, Level: m.Groups[2].Value))
            .ToList();

        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => catalogue.Families.Any(f => f.Code == r.Family));
        var familyNames = catalogue.Families.Select(f => f.Name).ToList();
        Assert.Equal(
            familyNames.Where(name => rows.Any(r => r.Family == name)),
            rows.Select(r => r.Family).Where(familyNames.Contains).Distinct());
        Assert.All(rows.SkipWhile(r => familyNames.Contains(r.Family)), r => Assert.Equal("—", r.Family));
        var firstFamily = catalogue.Families[0].Name;
        Assert.Equal(["Explorateur", "Bâtisseur", "Architecte"], rows.Where(r => r.Family == firstFamily).Select(r => r.Level));
    }

    private static async Task<HttpClient> SignInAdminAsync(CatalogueSite site, string centre)
    {
        await TestUsers.CreateAsync(site.Factory, centre, "directrice", [StandardRoles.Administrator]);
        var client = site.Factory.CreateClientForHost(CatalogueSite.CentresHost);
        await TestUsers.SignInAsync(client, $"/{centre}", "directrice");
        return client;
    }

    private static Task<MultipartFormDataContent> FormAsync(string pageHtml, string slug, string name, (string FileName, byte[] Bytes)? image)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.ReadAntiforgeryToken(pageHtml)), "__RequestVerificationToken" },
            { new StringContent(name), "Name" },
            { new StringContent(slug), "Slug" },
            { new StringContent("Reconnaît l'accueil des visiteurs du centre."), "Description" },
            { new StringContent("La personne accueille au moins cinq visiteurs et les oriente."), "CriteriaNarrative" },
            { new StringContent("accueil, oral"), "Tags" },
        };

        if (image is { } file)
        {
            var content = new ByteArrayContent(file.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(file.FileName.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml" : "image/png");
            form.Add(content, "Image", file.FileName);
        }

        return Task.FromResult(form);
    }

    private static async Task<IReadOnlyList<BadgeClassInfo>> ListAsync(CatalogueSite site, string tenant)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(tenant);
        return await scope.ServiceProvider.GetRequiredService<IBadgeClassProvider>().ListAsync();
    }
}
