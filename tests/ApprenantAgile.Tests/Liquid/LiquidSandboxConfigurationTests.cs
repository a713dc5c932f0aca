using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ApprenantAgile.Tests.Liquid;

/// <summary>The host reads the sandbox limits from the "Liquid" configuration section, so an operator can raise them.</summary>
public class LiquidSandboxConfigurationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ConfiguredStepLimit_StopsRender()
    {
        using var host = factory.WithWebHostBuilder(builder => builder.UseSetting("Liquid:MaxSteps", "50"));
        var manager = host.Services.GetRequiredService<ILiquidTemplateManager>();

        var exception = await Assert.ThrowsAsync<LiquidTemplateException>(() =>
            manager.RenderAsync("{% for i in (1..1000) %}{{ i }}{% endfor %}", null).AsTask());

        Assert.Contains("50", exception.Message);
    }

    [Fact]
    public void ConfiguredRenderTimeout_IsBound()
    {
        using var host = factory.WithWebHostBuilder(builder => builder.UseSetting("Liquid:RenderTimeout", "00:00:30"));

        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiquidSandboxOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(30), options.RenderTimeout);
    }
}
