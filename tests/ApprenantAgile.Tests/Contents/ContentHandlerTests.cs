using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

public sealed class ContentHandlerTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Events_fire_in_order(DatabaseProvider provider)
    {
        var events = new EventLog();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(events);
            services.AddScoped<IContentHandler, RecordingHandler>();
        }));
        var tenant = await CreateTenantAsync(host, provider);

        await tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var item = await contentManager.NewAsync("Article");
            item.GetOrCreatePart(TitlePart.PartName)["Title"] = "Suivi";
            await contentManager.CreateAsync(item, VersionOptions.Draft);
            await contentManager.UpdateAsync(item);
            await contentManager.PublishAsync(item);
            await contentManager.UnpublishAsync(item);
            await contentManager.RemoveAsync(item);
        });

        Assert.Equal(
            ["Activating", "Creating:Suivi", "Created:Suivi", "Updating:Suivi", "Updated:Suivi", "Publishing:Suivi", "Published:Suivi",
             "Unpublishing:Suivi", "Unpublished:Suivi", "Removing:Suivi", "Removed:Suivi"],
            events.Entries);
    }

    [Fact]
    public async Task Failing_handler_stops_creation()
    {
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<IContentHandler, FailingCreatingHandler>()));
        var tenant = await CreateTenantAsync(host, DatabaseProvider.Sqlite);
        string? id = null;

        var exception = await Record.ExceptionAsync(() => tenant.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var item = await contentManager.NewAsync("Article");
            id = item.ContentItemId;
            await contentManager.CreateAsync(item, VersionOptions.Published);
        }));
        var stored = await tenant.RunAsync(services => services.GetRequiredService<IContentManager>().GetAsync(id!, VersionOptions.Latest));

        Assert.IsType<InvalidOperationException>(exception);
        Assert.Equal("Refused by the test handler.", exception.Message);
        Assert.Null(stored);
    }

    private static Task<ContentTestTenant> CreateTenantAsync(WebApplicationFactory<Program> host, DatabaseProvider provider) =>
        ContentTestTenant.CreateAsync(host, provider, "evenements");

    private sealed class EventLog
    {
        public List<string> Entries { get; } = [];
    }

    /// <summary>Records each event with the DisplayText the item has at that moment.</summary>
    private sealed class RecordingHandler(EventLog log) : ContentHandlerBase
    {
        public override Task ActivatingAsync(ContentContext context) => Record("Activating", null);

        public override Task CreatingAsync(ContentContext context) => Record("Creating", context);

        public override Task CreatedAsync(ContentContext context) => Record("Created", context);

        public override Task UpdatingAsync(ContentContext context) => Record("Updating", context);

        public override Task UpdatedAsync(ContentContext context) => Record("Updated", context);

        public override Task PublishingAsync(ContentContext context) => Record("Publishing", context);

        public override Task PublishedAsync(ContentContext context) => Record("Published", context);

        public override Task UnpublishingAsync(ContentContext context) => Record("Unpublishing", context);

        public override Task UnpublishedAsync(ContentContext context) => Record("Unpublished", context);

        public override Task RemovingAsync(ContentContext context) => Record("Removing", context);

        public override Task RemovedAsync(ContentContext context) => Record("Removed", context);

        private Task Record(string name, ContentContext? context)
        {
            log.Entries.Add(context is null ? name : $"{name}:{context.ContentItem.DisplayText}");
            return Task.CompletedTask;
        }
    }

    private sealed class FailingCreatingHandler : ContentHandlerBase
    {
        public override Task CreatingAsync(ContentContext context) =>
            throw new InvalidOperationException("Refused by the test handler.");
    }
}
