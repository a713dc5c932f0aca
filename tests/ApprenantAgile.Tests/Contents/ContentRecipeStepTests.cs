using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Recipes;
using ApprenantAgile.Platform.Deployment;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

/// <summary>The ContentDefinition and content steps, called directly as the recipe executor calls them.</summary>
public sealed class ContentRecipeStepTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string EventDefinition = """
        {
          "name": "ContentDefinition",
          "ContentTypes": [ {
            "Name": "Event", "DisplayName": "Événement",
            "Settings": { "Creatable": true, "Listable": true, "Draftable": true },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Event", "Name": "Event", "Position": 1 } ]
          } ],
          "ContentParts": [ {
            "Name": "Event",
            "ContentPartFieldDefinitionRecords": [
              { "FieldName": "DateField", "Name": "StartsOn", "DisplayName": "Date", "Settings": { "Required": true, "IncludeTime": true } }
            ]
          } ]
        }
        """;

    private const string EventContent = """
        { "name": "content", "data": [ {
            "ContentItemId": "evenement-portes-ouvertes", "ContentType": "Event", "DisplayText": "Portes ouvertes",
            "TitlePart": { "Title": "Portes ouvertes" }, "Event": { "StartsOn": { "Value": "2025-06-12T09:00:00Z" } }
        } ] }
        """;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Content_step_may_use_type_declared_earlier(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        var shared = new Dictionary<string, object>();

        var errors = await tenant.RunAsync(async services =>
        {
            var errors = await ValidateAsync<ContentDefinitionStep>(services, EventDefinition, shared, 0);
            return errors.Concat(await ValidateAsync<ContentStep>(services, EventContent, shared, 1)).ToList();
        });

        Assert.Empty(errors);
        Assert.Contains("Event", Assert.IsType<HashSet<string>>(shared[ContentRecipeShared.ContentTypes]));
    }

    [Fact]
    public async Task Content_step_reports_unknown_type()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var errors = await tenant.RunAsync(services => ValidateAsync<ContentStep>(services, EventContent, [], 0));

        var error = Assert.Single(errors);
        Assert.Equal("data[0].ContentType", error.Property);
        Assert.Equal(0, error.StepIndex);
        Assert.Contains("Event", error.Message);
    }

    [Fact]
    public async Task Content_step_reports_unknown_part_and_bad_id()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        const string step = """
            { "name": "content", "data": [
              { "ContentItemId": "a b", "ContentType": "Article", "TitlePart": { "Title": "x" } },
              { "ContentItemId": "ok", "ContentType": "Article", "Gallery": { } },
              { "ContentType": "Article", "Latest": "yes" }
            ] }
            """;

        var errors = await tenant.RunAsync(services => ValidateAsync<ContentStep>(services, step, [], 3));

        Assert.Equal(
            ["data[0].ContentItemId", "data[1].Gallery", "data[2].ContentItemId", "data[2].Latest"],
            errors.Select(e => e.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Definition_step_reports_unknown_part_and_field_type()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        const string step = """
            {
              "name": "ContentDefinition",
              "ContentTypes": [ {
                "Name": "Event", "Settings": { "Listable": "oui" },
                "ContentTypePartDefinitionRecords": [ { "PartName": "GalleryPart" } ]
              }, { "DisplayName": "Sans nom" } ],
              "ContentParts": [ {
                "Name": "Event",
                "ContentPartFieldDefinitionRecords": [
                  { "FieldName": "ColourField", "Name": "Colour" },
                  { "FieldName": "NumericField", "Name": "Seats", "Settings": { "Maximum": "vingt" } },
                  { "FieldName": "TextField", "Name": "2bad" }
                ]
              } ]
            }
            """;

        var errors = await tenant.RunAsync(services => ValidateAsync<ContentDefinitionStep>(services, step, [], 0));

        Assert.Equal(
            [
                "ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName",
                "ContentParts[0].ContentPartFieldDefinitionRecords[1].Settings.Maximum",
                "ContentParts[0].ContentPartFieldDefinitionRecords[2].Name",
                "ContentTypes[0].ContentTypePartDefinitionRecords[0].PartName",
                "ContentTypes[0].Settings.Listable",
                "ContentTypes[1].Name",
            ],
            errors.Select(e => e.Property).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Export_and_import_recreate_same_content(DatabaseProvider provider)
    {
        var source = await ContentTestTenant.CreateAsync(factory, provider, "source");
        var target = await ContentTestTenant.CreateAsync(factory, provider, "cible");
        var publishedId = await source.CreateArticleAsync("Publié", VersionOptions.Published);
        var draftId = await source.CreateArticleAsync("Brouillon", VersionOptions.Draft);
        await source.RunAsync(async services =>
        {
            var contentManager = services.GetRequiredService<IContentManager>();
            var draft = (await contentManager.GetAsync(publishedId, VersionOptions.DraftRequired))!;
            draft.GetOrCreatePart("TitlePart")["Title"] = "Publié, modifié";
            await contentManager.UpdateAsync(draft);
            await services.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync("Page", t => t.WithPart("TitlePart"));
        });

        var steps = await source.RunAsync(async services =>
        {
            var exported = await services.GetRequiredService<DeploymentManager>().ExportAsync(CancellationToken.None);
            return exported["steps"]!.AsArray().Select(s => s!.ToJsonString()).ToList();
        });

        var errors = await target.RunAsync(async services =>
        {
            var recipe = new RecipeDescriptor
            {
                Name = "export",
                Source = "export.recipe.json",
                Steps = new JsonArray(steps.Select(step => JsonNode.Parse(step)).ToArray()),
            };
            var result = await services.GetRequiredService<IRecipeExecutor>()
                .ExecuteAsync(recipe, new Dictionary<string, string>(), CancellationToken.None);
            return result.Errors.ToList();
        });

        var sourceVersions = await source.RunAsync(services => LatestAndPublishedAsync(services, publishedId, draftId));
        var targetVersions = await target.RunAsync(services => LatestAndPublishedAsync(services, publishedId, draftId));
        var page = await target.RunAsync(services => services.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Page"));
        var publicPage = await target.GetPublicPageTextAsync(publishedId);

        Assert.Empty(errors);
        Assert.NotNull(page);
        Assert.Equal(sourceVersions, targetVersions);
        // The published item has a published version and a newer draft; the draft item has only its draft.
        Assert.Equal(3, targetVersions.Count(v => v is not null));
        Assert.Contains("<h1>Publié</h1>", publicPage);
    }

    private static async Task<List<string?>> LatestAndPublishedAsync(IServiceProvider services, params string[] ids)
    {
        var contentManager = services.GetRequiredService<IContentManager>();
        var result = new List<string?>();
        foreach (var id in ids)
        {
            foreach (var options in new[] { VersionOptions.Latest, VersionOptions.Published })
            {
                var item = await contentManager.GetAsync(id, options);
                result.Add(item is null ? null : $"{item.ContentItemVersionId}|{item.DisplayText}|{item.Latest}|{item.Published}|{item.Content.ToJsonString()}");
            }
        }

        return result;
    }

    private static async Task<IList<RecipeError>> ValidateAsync<THandler>(
        IServiceProvider services, string step, Dictionary<string, object> shared, int stepIndex) where THandler : IRecipeStepHandler
    {
        var handler = services.GetServices<IRecipeStepHandler>().OfType<THandler>().Single();
        var errors = new List<RecipeError>();
        await handler.ValidateAsync(StepContext(services, step, shared, stepIndex), errors, CancellationToken.None);
        return errors;
    }

    private static RecipeStepContext StepContext(IServiceProvider services, string step, Dictionary<string, object> shared, int stepIndex)
    {
        var json = JsonNode.Parse(step)!.AsObject();
        return new RecipeStepContext
        {
            Recipe = new RecipeDescriptor { Name = "test", Source = "test.recipe.json" },
            StepIndex = stepIndex,
            StepName = json["name"]!.GetValue<string>(),
            Step = json,
            Services = services,
            Shared = shared,
        };
    }
}
