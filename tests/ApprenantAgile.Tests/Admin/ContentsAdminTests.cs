using System.Net;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Admin;

/// <summary>
/// The content admin through HTTP with a signed-in administrator: create, validation, drafts,
/// publication, unpublication, deletion and version history, checked on the public page too.
/// </summary>
public sealed class ContentsAdminTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string TypeName = "Atelier";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_ShowsFrenchErrorForMissingField(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);

        var response = await tenant.PostNewItemAsync(TypeName, "Atelier CV", lieu: "", publish: true);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Le contenu n’a pas été enregistré. Corrigez les champs ci-dessous.", WebUtility.HtmlDecode(html));
        Assert.Contains("Lieu est obligatoire.", WebUtility.HtmlDecode(html));
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_PublishesItemOnPublicPage(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);

        var id = tenant.ReadContentItemId(await tenant.PostNewItemAsync(TypeName, "Atelier CV", "Salle 2", publish: true));
        var publicPage = await tenant.Client.GetAsync($"{tenant.PathBase}/contents/{id}");

        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        var html = WebUtility.HtmlDecode(await publicPage.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Atelier CV</h1>", html);
        Assert.Contains("Salle 2", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Draft_LeavesPublicPageUntilPublished(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);
        var id = tenant.ReadContentItemId(await tenant.PostNewItemAsync(TypeName, "Atelier CV", "Salle 2", publish: true));

        var draft = await tenant.PostEditAsync(id, TypeName, "Atelier CV et lettre", "Salle 3", publish: false);
        var publicWithDraft = await ReadPublicPageAsync(tenant, id);
        var editorWithDraft = WebUtility.HtmlDecode(await (await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents/{id}/edit")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Contains("<h1>Atelier CV</h1>", publicWithDraft);
        Assert.DoesNotContain("Salle 3", publicWithDraft);
        Assert.Contains("value=\"Atelier CV et lettre\"", editorWithDraft);

        var published = await tenant.PostEditAsync(id, TypeName, "Atelier CV et lettre", "Salle 3", publish: true);
        var publicAfterPublish = await ReadPublicPageAsync(tenant, id);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("<h1>Atelier CV et lettre</h1>", publicAfterPublish);
        Assert.Contains("Salle 3", publicAfterPublish);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Publish_ButtonPublishesLatestDraft(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);
        var id = tenant.ReadContentItemId(await tenant.PostNewItemAsync(TypeName, "Atelier brouillon", "Salle 1", publish: false));
        var beforePublish = await tenant.Client.GetAsync($"{tenant.PathBase}/contents/{id}");

        var publish = await tenant.PostFormAsync("/admin/contents", new Dictionary<string, string>(), postPath: $"/admin/contents/{id}/publish");
        var afterPublish = await tenant.Client.GetAsync($"{tenant.PathBase}/contents/{id}");

        Assert.Equal(HttpStatusCode.NotFound, beforePublish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterPublish.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unpublish_HidesPublicPage(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);
        var id = tenant.ReadContentItemId(await tenant.PostNewItemAsync(TypeName, "Atelier CV", "Salle 2", publish: true));

        var unpublish = await tenant.PostFormAsync("/admin/contents", new Dictionary<string, string>(), postPath: $"/admin/contents/{id}/unpublish");
        var publicPage = await tenant.Client.GetAsync($"{tenant.PathBase}/contents/{id}");
        var list = WebUtility.HtmlDecode(await (await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.Contains("Atelier CV", list);
        Assert.Contains("<td>Brouillon</td>", list);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Delete_AsksConfirmationThenRemovesItem(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);
        var id = tenant.ReadContentItemId(await tenant.PostNewItemAsync(TypeName, "Atelier à supprimer", "Salle 4", publish: true));

        var confirmation = await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents/{id}/delete");
        var confirmationHtml = WebUtility.HtmlDecode(await confirmation.Content.ReadAsStringAsync());
        var delete = await tenant.PostFormAsync($"/admin/contents/{id}/delete", new Dictionary<string, string>());
        var editor = await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents/{id}/edit");
        var publicPage = await tenant.Client.GetAsync($"{tenant.PathBase}/contents/{id}");
        var list = WebUtility.HtmlDecode(await (await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains("Voulez-vous le supprimer ?", confirmationHtml);
        Assert.Contains("<title>Supprimer Atelier à supprimer", confirmationHtml);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.DoesNotContain("Atelier à supprimer", list);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Versions_ListsEveryVersionNewestFirst(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);

        // Without "Previous versions are kept", publishing drops the version it replaces.
        var versionable = await tenant.PostFormAsync($"/admin/content-types/{TypeName}", new Dictionary<string, string>
        {
            ["displayName"] = "Atelier",
            ["Creatable"] = "true",
            ["Listable"] = "true",
            ["Draftable"] = "true",
            ["Versionable"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, versionable.StatusCode);

        var id = tenant.ReadContentItemId(await tenant.PostNewItemAsync(TypeName, "Version un", "Salle 1", publish: true));
        await tenant.PostEditAsync(id, TypeName, "Version deux", "Salle 1", publish: true);
        await tenant.PostEditAsync(id, TypeName, "Version trois", "Salle 1", publish: false);

        var response = await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents/{id}/versions");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Versions de Version trois", html);
        var three = html.IndexOf("<th scope=\"row\">Version trois</th>", StringComparison.Ordinal);
        var two = html.IndexOf("<th scope=\"row\">Version deux</th>", StringComparison.Ordinal);
        var one = html.IndexOf("<th scope=\"row\">Version un</th>", StringComparison.Ordinal);
        Assert.True(three > 0, "The draft 'Version trois' is missing from the history.");
        Assert.True(two > three, "The published 'Version deux' should follow the newer draft.");
        Assert.True(one > two, "The first version should come last:\n" + html[html.IndexOf("<tbody>", StringComparison.Ordinal)..]);
        Assert.Contains("Version précédente", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Post_WithoutAntiforgeryTokenIsRejected(DatabaseProvider provider)
    {
        using var tenant = await CreateTenantAsync(provider);
        var id = tenant.ReadContentItemId(await tenant.PostNewItemAsync(TypeName, "Atelier CV", "Salle 2", publish: true));
        string[] paths =
        [
            $"/admin/contents/create/{TypeName}",
            $"/admin/contents/{id}/edit",
            $"/admin/contents/{id}/publish",
            $"/admin/contents/{id}/unpublish",
            $"/admin/contents/{id}/delete",
        ];

        foreach (var path in paths)
        {
            var response = await tenant.Client.PostAsync(tenant.PathBase + path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["TitlePart.Title"] = "Sans jeton",
                [$"{TypeName}.Lieu"] = "Salle 9",
            }));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token returned {(int)response.StatusCode} instead of 400.");
        }

        Assert.Equal(HttpStatusCode.OK, (await tenant.Client.GetAsync($"{tenant.PathBase}/contents/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ContentsAdmin_IsForbiddenToApprenant(DatabaseProvider provider)
    {
        using var tenant = await AdminTestTenant.CreateAsync(factory, provider, StandardRoles.Apprenant);

        var response = await tenant.Client.GetAsync($"{tenant.PathBase}/admin/contents");
        var denied = await tenant.Client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://{AdminTestTenant.Host}{tenant.PathBase}/account/access-denied", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    private async Task<AdminTestTenant> CreateTenantAsync(DatabaseProvider provider)
    {
        var tenant = await AdminTestTenant.CreateAsync(factory, provider);
        await tenant.CreateTypeWithRequiredTextFieldAsync(TypeName, "Atelier");
        return tenant;
    }

    private static async Task<string> ReadPublicPageAsync(AdminTestTenant tenant, string contentItemId)
    {
        var response = await tenant.Client.GetAsync($"{tenant.PathBase}/contents/{contentItemId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
