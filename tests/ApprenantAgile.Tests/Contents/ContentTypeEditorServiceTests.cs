using ApprenantAgile.Platform.Contents.Admin;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

/// <summary>The logic behind the content types editor pages, called as its controller calls it.</summary>
public sealed class ContentTypeEditorServiceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Created_type_gets_title_and_added_field(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);

        var errors = await tenant.RunAsync(async services =>
        {
            var editor = services.GetRequiredService<ContentTypeEditorService>();
            var created = await editor.CreateTypeAsync("Atelier", "Atelier", CancellationToken.None);
            var added = await editor.AddFieldAsync("Atelier",
                new NewFieldInput { Name = "Places", DisplayName = "Places", FieldType = "NumericField", Required = true, Hint = "Nombre maximal" },
                CancellationToken.None);
            return created.Concat(added).ToList();
        });
        var (type, part) = await tenant.RunAsync(async services =>
        {
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            return (await definitions.GetTypeDefinitionAsync("Atelier"), await definitions.GetPartDefinitionAsync("Atelier"));
        });

        Assert.Empty(errors);
        Assert.Equal(["TitlePart", "Atelier"], type!.OrderedParts.Select(p => p.Name));
        Assert.True(type.Settings.Creatable);
        var field = Assert.Single(part!.Fields);
        Assert.Equal("NumericField", field.FieldType);
        Assert.True(field.CommonSettings.Required);
        Assert.Equal("Nombre maximal", field.CommonSettings.Hint);
    }

    [Fact]
    public async Task Duplicate_type_name_is_reported()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var errors = await tenant.RunAsync(services =>
            services.GetRequiredService<ContentTypeEditorService>().CreateTypeAsync("Article", "Autre article", CancellationToken.None));

        Assert.Equal("Name", Assert.Single(errors).Key);
    }

    [Fact]
    public async Task Invalid_field_input_is_reported_and_not_saved()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var errors = await tenant.RunAsync(services =>
            services.GetRequiredService<ContentTypeEditorService>().AddFieldAsync("Article",
                new NewFieldInput { Name = "Subtitle", DisplayName = "", FieldType = "ColourField" }, CancellationToken.None));
        var part = await tenant.RunAsync(services => services.GetRequiredService<IContentDefinitionManager>().GetPartDefinitionAsync("Article"));

        Assert.Equal(["DisplayName", "FieldType", "Name"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("TextField", part!.FindField("Subtitle")!.FieldType);
    }

    [Fact]
    public async Task Removed_field_disappears()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        await tenant.RunAsync(services =>
            services.GetRequiredService<ContentTypeEditorService>().RemoveFieldAsync("Article", "Score", CancellationToken.None));
        var part = await tenant.RunAsync(services => services.GetRequiredService<IContentDefinitionManager>().GetPartDefinitionAsync("Article"));

        Assert.Null(part!.FindField("Score"));
        Assert.NotNull(part.FindField("Subtitle"));
    }
}
