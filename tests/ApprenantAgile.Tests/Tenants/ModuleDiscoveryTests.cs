using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Tenants;

public sealed class ModuleDiscoveryTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public ModuleDiscoveryTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("ApprenantAgile.Platform")]
    [InlineData("ApprenantAgile.Badges")]
    [InlineData("ApprenantAgile.Workflows")]
    [InlineData("ApprenantAgile.Portfolio")]
    [InlineData("AgileTheme")]
    public void Catalogue_finds_every_referenced_module(string featureId)
    {
        var catalogue = _factory.Services.GetRequiredService<FeatureCatalogue>();

        Assert.NotNull(catalogue.Find(featureId));
    }

    [Fact]
    public void Theme_module_is_marked_as_theme()
    {
        var catalogue = _factory.Services.GetRequiredService<FeatureCatalogue>();

        Assert.True(catalogue.Find("AgileTheme")?.IsTheme);
    }
}
