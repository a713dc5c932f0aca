using ApprenantAgile.Platform.Liquid;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ApprenantAgile.Tests.Liquid;

public class LiquidTemplateProviderTests
{
    private sealed class DictionaryTemplateProvider(Dictionary<string, string> templates) : ILiquidTemplateProvider
    {
        public ValueTask<string?> GetTemplateSourceAsync(string name, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(templates.GetValueOrDefault(name));
    }

    [Theory]
    [InlineData("ApprenantAgile.AgileTheme.Views.Layout.liquid", "Layout")]
    [InlineData("ApprenantAgile.AgileTheme.Views.Badges.Detail.liquid", "Badges.Detail")]
    public void ResourceName_GivesTemplateName(string resourceName, string expected)
    {
        Assert.True(EmbeddedLiquidTemplateProvider.TryGetTemplateName(resourceName, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("ApprenantAgile.AgileTheme.Localization.Theme.po")]
    [InlineData("ApprenantAgile.AgileTheme.MyViews.Layout.liquid")]
    [InlineData("ApprenantAgile.AgileTheme.Views..liquid")]
    public void ResourceName_OutsideViewsIsIgnored(string resourceName)
    {
        Assert.False(EmbeddedLiquidTemplateProvider.TryGetTemplateName(resourceName, out _));
    }

    [Fact]
    public async Task RenderNamed_UsesProviderAndRender()
    {
        var templates = new Dictionary<string, string>
        {
            ["Home"] = "<main>{% render 'Card', name: Model.Name %}</main>",
            ["Card"] = "<div>{{ name }}</div>",
        };
        await using var services = LiquidTestHost.Build(s =>
            s.AddSingleton<ILiquidTemplateProvider>(new DictionaryTemplateProvider(templates)));
        var manager = services.GetRequiredService<ILiquidTemplateManager>();

        var output = await manager.RenderNamedAsync("Home", new BadgeViewModel { Name = "<Scrum>" });

        Assert.Equal("<main><div>&lt;Scrum&gt;</div></main>", output);
    }

    [Fact]
    public async Task RenderNamed_MissingTemplate_Throws()
    {
        await using var services = LiquidTestHost.Build();
        var manager = services.GetRequiredService<ILiquidTemplateManager>();

        var exception = await Assert.ThrowsAsync<LiquidTemplateException>(() =>
            manager.RenderNamedAsync("Nope", null).AsTask());

        Assert.Contains("'Nope' was not found", exception.Message);
    }
}
