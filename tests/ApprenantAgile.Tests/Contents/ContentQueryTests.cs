using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

public sealed class ContentQueryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Query_pages_filters_and_searches(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        await tenant.RunAsync(services => services.GetRequiredService<IContentDefinitionManager>()
            .AlterTypeDefinitionAsync("Page", type => type.Listable().WithPart(TitlePart.PartName)));
        for (var i = 1; i <= 7; i++)
        {
            await tenant.CreateArticleAsync($"Atelier {i}", i % 2 == 0 ? VersionOptions.Published : VersionOptions.Draft);
        }

        await tenant.CreateArticleAsync("Café 100% numérique", VersionOptions.Published);
        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var page = await contentManager.NewAsync("Page");
            page.GetOrCreatePart(TitlePart.PartName)["Title"] = "ATELIER mentions légales";
            await contentManager.CreateAsync(page, VersionOptions.Published);
        });

        var (secondPage, articlesOnly, search, published, percent) = await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            return (
                await contentManager.QueryAsync(new ContentQuery { Page = 2, PageSize = 4 }),
                await contentManager.QueryAsync(new ContentQuery { ContentTypes = ["Article"], PageSize = 100 }),
                await contentManager.QueryAsync(new ContentQuery { Search = "atelier", PageSize = 100 }),
                await contentManager.QueryAsync(new ContentQuery { ContentTypes = ["Article"], Version = VersionOptions.Published }),
                await contentManager.QueryAsync(new ContentQuery { Search = "100%" }));
        });

        Assert.Equal(9, secondPage.TotalCount);
        Assert.Equal(4, secondPage.Items.Count);
        Assert.Equal(3, secondPage.PageCount);
        Assert.Equal(8, articlesOnly.TotalCount);
        Assert.All(articlesOnly.Items, i => Assert.Equal("Article", i.ContentType));
        Assert.Equal(8, search.TotalCount);
        Assert.Contains(search.Items, i => i.DisplayText == "ATELIER mentions légales");
        Assert.Equal(4, published.TotalCount);
        Assert.Equal("Café 100% numérique", Assert.Single(percent.Items).DisplayText);
    }

    [Fact]
    public async Task Newest_change_comes_first()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        await tenant.CreateArticleAsync("Ancien", VersionOptions.Published);
        await tenant.CreateArticleAsync("Récent", VersionOptions.Published);

        var page = await tenant.RunAsync(services => services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery()));

        Assert.Equal(["Récent", "Ancien"], page.Items.Select(i => i.DisplayText));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public async Task Out_of_range_page_is_rejected(int page, int pageSize)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var exception = await Record.ExceptionAsync(() => tenant.RunAsync(services =>
            services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { Page = page, PageSize = pageSize })));

        Assert.IsType<ArgumentOutOfRangeException>(exception);
    }
}
