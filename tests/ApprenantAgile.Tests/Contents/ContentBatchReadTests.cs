using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

/// <summary>Reading several items in one call returns the asked version of each, as reading them one by one would.</summary>
public sealed class ContentBatchReadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Batch_read_returns_published_or_latest_versions(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        var published = await tenant.CreateArticleAsync("Atelier publié", VersionOptions.Published);
        var draftOnly = await tenant.CreateArticleAsync("Atelier en brouillon", VersionOptions.Draft);
        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var draft = await contentManager.GetAsync(published, VersionOptions.DraftRequired);
            draft!.GetOrCreatePart(TitlePart.PartName)["Title"] = "Atelier publié, texte revu";
            await contentManager.UpdateAsync(draft);
        });
        string[] ids = [published, draftOnly, "inconnu"];

        var (publishedTitles, latestTitles) = await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var publishedItems = await contentManager.GetAsync(ids, VersionOptions.Published);
            var latestItems = await contentManager.GetAsync(ids, VersionOptions.Latest);
            return (publishedItems.Select(i => i.DisplayText).Order().ToArray(), latestItems.Select(i => i.DisplayText).Order().ToArray());
        });

        Assert.Equal(["Atelier publié"], publishedTitles);
        Assert.Equal(["Atelier en brouillon", "Atelier publié, texte revu"], latestTitles);
    }

    [Fact]
    public async Task Batch_read_refuses_draft_option()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => tenant.RunAsync(services =>
            services.GetRequiredService<IContentManager>().GetAsync(["x"], VersionOptions.Draft)));

        Assert.Contains("not Draft", error.Message);
    }
}
