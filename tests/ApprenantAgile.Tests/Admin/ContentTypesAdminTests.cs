using System.Net;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Admin;

/// <summary>The content types editor through HTTP: a new type and a new field reach the item editor.</summary>
public sealed class ContentTypesAdminTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreateType_AppearsInContentsAdmin(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider);

        var created = await tenant.PostFormAsync("/admin/content-types/create", new Dictionary<string, string>
        {
            ["name"] = "Evenement",
            ["displayName"] = "Événement",
        });
        var types = WebUtility.HtmlDecode(await (await tenant.Client.GetAsync($"{tenant.PathBase}/admin/content-types")).Content.ReadAsStringAsync());
        var contents = WebUtility.HtmlDecode(await (await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"{tenant.PathBase}/admin/content-types/Evenement", created.Headers.Location?.OriginalString);
        Assert.Contains("Événement", types);
        Assert.Contains("Nouveau : Événement", contents);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreateType_RejectsInvalidNameInFrench(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider);

        var response = await tenant.PostFormAsync("/admin/content-types/create", new Dictionary<string, string>
        {
            ["name"] = "1 mauvais nom",
            ["displayName"] = "Mauvais",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"Name-error\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddTextField_AppearsInItemEditor(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider);
        await tenant.PostFormAsync("/admin/content-types/create", new Dictionary<string, string>
        {
            ["name"] = "Evenement",
            ["displayName"] = "Événement",
        });

        var added = await tenant.PostFormAsync("/admin/content-types/Evenement/fields/add", new Dictionary<string, string>
        {
            ["Name"] = "Salle",
            ["DisplayName"] = "Salle de l'atelier",
            ["FieldType"] = "TextField",
            ["Hint"] = "Par exemple : salle 2, rez-de-chaussée.",
        });
        var typePage = WebUtility.HtmlDecode(await (await tenant.Client.GetAsync($"{tenant.PathBase}/admin/content-types/Evenement")).Content.ReadAsStringAsync());
        var editor = WebUtility.HtmlDecode(await (await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents/create/Evenement")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"{tenant.PathBase}/admin/content-types/Evenement", added.Headers.Location?.OriginalString);
        Assert.Contains("<th scope=\"row\">Salle de l'atelier</th>", typePage);
        Assert.Contains("name=\"Evenement.Salle\"", editor);
        Assert.Contains("Salle de l'atelier", editor);
        Assert.Contains("Par exemple : salle 2, rez-de-chaussée.", editor);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddField_RejectsMissingFieldTypeInFrench(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider);
        await tenant.PostFormAsync("/admin/content-types/create", new Dictionary<string, string>
        {
            ["name"] = "Evenement",
            ["displayName"] = "Événement",
        });

        var response = await tenant.PostFormAsync("/admin/content-types/Evenement/fields/add", new Dictionary<string, string>
        {
            ["Name"] = "Salle",
            ["DisplayName"] = "Salle",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Choisissez un type de champ dans la liste.", html);
        Assert.Contains("<title>Ajouter un champ à Événement", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Post_WithoutAntiforgeryTokenIsRejected(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider);
        await tenant.PostFormAsync("/admin/content-types/create", new Dictionary<string, string>
        {
            ["name"] = "Evenement",
            ["displayName"] = "Événement",
        });
        string[] paths =
        [
            "/admin/content-types/create",
            "/admin/content-types/Evenement",
            "/admin/content-types/Evenement/fields/add",
        ];

        foreach (var path in paths)
        {
            var response = await tenant.Client.PostAsync(tenant.PathBase + path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = "SansJeton",
                ["Name"] = "SansJeton",
                ["displayName"] = "Sans jeton",
                ["DisplayName"] = "Sans jeton",
                ["FieldType"] = "TextField",
            }));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token returned {(int)response.StatusCode} instead of 400.");
        }
    }
}
