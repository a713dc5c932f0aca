using System.Net;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

/// <summary>Drafts, publication, removal and versions, seen through the public page GET /contents/{id}.</summary>
public sealed class ContentLifecycleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Draft_is_hidden_until_published(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        var id = await tenant.CreateArticleAsync("Atelier numérique", VersionOptions.Draft);

        var beforePublish = await tenant.GetPublicPageAsync(id);
        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var draft = await contentManager.GetAsync(id, VersionOptions.Draft);
            await contentManager.PublishAsync(draft!);
        });
        var afterPublish = await tenant.GetPublicPageAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, beforePublish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterPublish.StatusCode);
        Assert.Contains("<h1>Atelier numérique</h1>", WebUtility.HtmlDecode(await afterPublish.Content.ReadAsStringAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Draft_edit_keeps_published_text_until_published(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        var id = await tenant.CreateArticleAsync("Première version", VersionOptions.Published);

        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var draft = await contentManager.GetAsync(id, VersionOptions.DraftRequired);
            draft!.GetOrCreatePart(TitlePart.PartName)["Title"] = "Seconde version";
            await contentManager.UpdateAsync(draft);
        });
        var whileDraft = await tenant.GetPublicPageTextAsync(id);
        var latestTitle = await tenant.RunAsync(async services =>
            (await services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))?.DisplayText);

        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            await contentManager.PublishAsync((await contentManager.GetAsync(id, VersionOptions.Draft))!);
        });
        var afterPublish = await tenant.GetPublicPageTextAsync(id);

        Assert.Contains("Première version", whileDraft);
        Assert.DoesNotContain("Seconde version", whileDraft);
        Assert.Equal("Seconde version", latestTitle);
        Assert.Contains("Seconde version", afterPublish);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unpublished_item_answers_404(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        var id = await tenant.CreateArticleAsync("Bientôt retiré", VersionOptions.Published);

        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            await contentManager.UnpublishAsync((await contentManager.GetAsync(id, VersionOptions.Published))!);
        });
        var response = await tenant.GetPublicPageAsync(id);
        var latest = await tenant.RunAsync(services => services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(latest);
        Assert.False(latest.Published);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Removed_item_answers_404_and_is_not_found(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        var id = await tenant.CreateArticleAsync("À supprimer", VersionOptions.Published);

        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            await contentManager.RemoveAsync((await contentManager.GetAsync(id, VersionOptions.Latest))!);
        });
        var response = await tenant.GetPublicPageAsync(id);
        var latest = await tenant.RunAsync(services => services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(latest);
    }

    [Fact]
    public async Task Unknown_id_answers_404()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var response = await tenant.GetPublicPageAsync(ContentItemIds.New());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Versionable_type_lists_every_version(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        var id = await tenant.CreateArticleAsync("v1", VersionOptions.Published);
        foreach (var title in new[] { "v2", "v3" })
        {
            await tenant.RunAsync(async services =>
            {
                var contentManager = services.GetRequiredService<IContentManager>();
                var draft = (await contentManager.GetAsync(id, VersionOptions.DraftRequired))!;
                draft.GetOrCreatePart(TitlePart.PartName)["Title"] = title;
                await contentManager.UpdateAsync(draft);
                await contentManager.PublishAsync(draft);
            });
        }

        var versions = await tenant.RunAsync(services => services.GetRequiredService<IContentManager>().GetVersionsAsync(id));

        Assert.Equal(["v1", "v2", "v3"], versions.Select(v => v.DisplayText));
        Assert.Equal([false, false, true], versions.Select(v => v.Published));
        Assert.Equal([false, false, true], versions.Select(v => v.Latest));
        Assert.Equal(3, versions.Select(v => v.ContentItemVersionId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Type_without_versioning_keeps_no_history(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        await tenant.RunAsync(services => services.GetRequiredService<Platform.Contents.Metadata.IContentDefinitionManager>()
            .AlterTypeDefinitionAsync("Article", type => type.Versionable(false)));
        var id = await tenant.CreateArticleAsync("v1", VersionOptions.Published);

        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var draft = (await contentManager.GetAsync(id, VersionOptions.DraftRequired))!;
            draft.GetOrCreatePart(TitlePart.PartName)["Title"] = "v2";
            await contentManager.PublishAsync(draft);
        });
        var versions = await tenant.RunAsync(services => services.GetRequiredService<IContentManager>().GetVersionsAsync(id));

        var version = Assert.Single(versions);
        Assert.Equal("v2", version.DisplayText);
        Assert.True(version.Published);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Item_of_tenant_A_is_invisible_in_tenant_B(DatabaseProvider provider)
    {
        var tenantA = await ContentTestTenant.CreateAsync(factory, provider, "centre-a");
        var tenantB = await ContentTestTenant.CreateAsync(factory, provider, "centre-b");
        var id = await tenantA.CreateArticleAsync("Réservé au centre A", VersionOptions.Published);

        var inB = await tenantB.RunAsync(services => services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        var pageInB = await tenantB.GetPublicPageAsync(id);
        var pageInA = await tenantA.GetPublicPageAsync(id);

        Assert.Null(inB);
        Assert.Equal(HttpStatusCode.NotFound, pageInB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pageInA.StatusCode);
    }

    [Fact]
    public async Task Item_of_unlisted_type_answers_404()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        await tenant.RunAsync(services => services.GetRequiredService<Platform.Contents.Metadata.IContentDefinitionManager>()
            .AlterTypeDefinitionAsync("Article", type => type.Listable(false)));
        var id = await tenant.CreateArticleAsync("Widget caché", VersionOptions.Published);

        var response = await tenant.GetPublicPageAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Generated_ids_are_26_url_safe_characters()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => ContentItemIds.New()).ToList();

        Assert.All(ids, id => Assert.Equal(26, id.Length));
        Assert.All(ids, id => Assert.Matches("^[0-9a-z]+$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
