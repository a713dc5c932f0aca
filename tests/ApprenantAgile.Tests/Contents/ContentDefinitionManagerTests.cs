using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Contents;

public sealed class ContentDefinitionManagerTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Altered_type_loads_in_new_scope(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);

        var (type, part) = await tenant.RunAsync(async services =>
        {
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            return (await definitions.GetTypeDefinitionAsync("Article"), await definitions.GetPartDefinitionAsync("Article"));
        });

        Assert.NotNull(type);
        Assert.True(type.Settings.Draftable);
        Assert.True(type.Settings.Listable);
        Assert.Equal(["TitlePart", "BodyPart", "Article"], type.OrderedParts.Select(p => p.Name));
        Assert.NotNull(part);
        Assert.Equal(["Subtitle", "Score", "Website"], part.OrderedFields.Select(f => f.Name));
        Assert.True(part.FindField("Subtitle")!.CommonSettings.Required);
        Assert.Equal(20m, part.FindField("Score")!.GetSettings<NumericFieldSettings>().Maximum);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Removed_field_and_deleted_type_are_gone(DatabaseProvider provider)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);

        await tenant.RunAsync(async services =>
        {
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync("Article", part => part.RemoveField("Website"));
            await definitions.AlterTypeDefinitionAsync("Page", type => type.WithPart("TitlePart"));
            await definitions.DeleteTypeDefinitionAsync("Page");
        });

        var (part, page) = await tenant.RunAsync(async services =>
        {
            var definitions = services.GetRequiredService<IContentDefinitionManager>();
            return (await definitions.GetPartDefinitionAsync("Article"), await definitions.GetTypeDefinitionAsync("Page"));
        });

        Assert.Null(part!.FindField("Website"));
        Assert.Null(page);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1Article")]
    [InlineData("Mon article")]
    [InlineData("Événement")]
    public async Task Invalid_type_name_is_rejected(string name)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var exception = await Record.ExceptionAsync(() => tenant.RunAsync(services =>
            services.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(name, _ => { })));

        Assert.IsType<ArgumentException>(exception);
    }

    [Fact]
    public async Task Unknown_field_type_is_rejected()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var exception = await Record.ExceptionAsync(() => tenant.RunAsync(services =>
            services.GetRequiredService<IContentDefinitionManager>().AlterPartDefinitionAsync("Article",
                part => part.WithField("Colour", field => field.OfType("ColourField")))));

        Assert.IsType<ArgumentException>(exception);
        Assert.Contains("ColourField", exception.Message);
    }

    [Fact]
    public async Task Ill_typed_field_setting_is_rejected()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var exception = await Record.ExceptionAsync(() => tenant.RunAsync(services =>
            services.GetRequiredService<IContentDefinitionManager>().AlterPartDefinitionAsync("Article",
                part => part.WithField("Score", field => field.WithSetting("Maximum", "twenty")))));

        Assert.IsType<ArgumentException>(exception);
        Assert.Contains("Maximum", exception.Message);
    }

    [Fact]
    public async Task Part_attached_to_type_cannot_be_deleted()
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, DatabaseProvider.Sqlite);

        var exception = await Record.ExceptionAsync(() => tenant.RunAsync(services =>
            services.GetRequiredService<IContentDefinitionManager>().DeletePartDefinitionAsync("Article")));

        Assert.IsType<InvalidOperationException>(exception);
    }
}
