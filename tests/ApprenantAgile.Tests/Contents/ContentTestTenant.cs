using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

/// <summary>
/// A running tenant reached through the URL prefix of its name, with an "Article" type
/// (title, body, and its own part with Subtitle, Score and Website fields).
/// </summary>
public sealed class ContentTestTenant
{
    public const string Host = "contents.test";

    private ContentTestTenant(WebApplicationFactory<Program> factory, string name)
    {
        Factory = factory;
        Name = name;
    }

    /// <summary>The host: a <see cref="PlatformFactory"/>, or one derived from it with extra services.</summary>
    public WebApplicationFactory<Program> Factory { get; }

    public string Name { get; }

    private TenantHost TenantHost => Factory.Services.GetRequiredService<TenantHost>();

    public static async Task<ContentTestTenant> CreateAsync(WebApplicationFactory<Program> factory, DatabaseProvider provider, string stem = "contenus")
    {
        var name = PlatformFactory.UniqueTenantName(stem);
        await factory.Services.GetRequiredService<TenantHost>().SaveSettingsAsync(new TenantSettings
        {
            Name = name,
            State = TenantState.Running,
            RequestUrlPrefix = name,
            DatabaseProvider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.PostgresConnectionString : null,
        });

        var tenant = new ContentTestTenant(factory, name);
        await tenant.RunAsync(DefineArticleAsync);
        return tenant;
    }

    /// <summary>Runs <paramref name="work"/> in a new service scope of this tenant.</summary>
    public async Task RunAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = await TenantHost.CreateScopeAsync(Name);
        await work(scope.ServiceProvider);
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = await TenantHost.CreateScopeAsync(Name);
        return await work(scope.ServiceProvider);
    }

    /// <summary>Creates an Article with the given title, as a draft or published; returns its id.</summary>
    public Task<string> CreateArticleAsync(string title, VersionOptions options) => RunAsync(async services =>
    {
        var contentManager = services.GetRequiredService<IContentManager>();
        var item = await contentManager.NewAsync("Article");
        item.GetOrCreatePart(TitlePart.PartName)["Title"] = title;
        await contentManager.CreateAsync(item, options);
        return item.ContentItemId;
    });

    public async Task<HttpResponseMessage> GetPublicPageAsync(string contentItemId)
    {
        using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{Host}"),
            AllowAutoRedirect = false,
        });
        return await client.GetAsync($"/{Name}/contents/{contentItemId}");
    }

    /// <summary>Returns the public page's HTML with character references decoded, as Razor encodes non-ASCII letters.</summary>
    public async Task<string> GetPublicPageTextAsync(string contentItemId)
    {
        using var response = await GetPublicPageAsync(contentItemId);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task DefineArticleAsync(IServiceProvider services)
    {
        var definitions = services.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterPartDefinitionAsync("Article", part => part
            .WithField("Subtitle", field => field.OfType(nameof(TextField)).WithDisplayName("Subtitle").Required())
            .WithField("Score", field => field.OfType(nameof(NumericField)).WithDisplayName("Score")
                .WithSetting("Minimum", 0).WithSetting("Maximum", 20).WithSetting("Scale", 1))
            .WithField("Website", field => field.OfType(nameof(LinkField)).WithDisplayName("Website")));

        await definitions.AlterTypeDefinitionAsync("Article", type => type
            .DisplayedAs("Article")
            .Creatable()
            .Listable()
            .Draftable()
            .Versionable()
            .WithPart(TitlePart.PartName)
            .WithPart(BodyPart.PartName)
            .WithPart("Article"));
    }
}
