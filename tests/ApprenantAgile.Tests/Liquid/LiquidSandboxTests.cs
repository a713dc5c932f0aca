using ApprenantAgile.Platform.Liquid;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ApprenantAgile.Tests.Liquid;

public class LiquidSandboxTests
{
    private static async Task<string> RenderAsync(string source, object? model, Action<LiquidSandboxOptions>? sandbox = null)
    {
        await using var services = LiquidTestHost.Build(sandbox: sandbox);
        var manager = services.GetRequiredService<ILiquidTemplateManager>();
        return await manager.RenderAsync(source, model);
    }

    [Fact]
    public async Task ModelValue_IsHtmlEncoded()
    {
        var model = new BadgeViewModel { Name = "<script>alert(1)</script>" };

        var output = await RenderAsync("{{ Model.Name }}", model);

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", output);
    }

    [Fact]
    public async Task RegisteredNestedType_IsReadable()
    {
        var model = new BadgeViewModel { Name = "Scrum", Issuer = new IssuerViewModel { Name = "Agile & Co" } };

        var output = await RenderAsync("{{ model.Name }} by {{ model.Issuer.Name }}", model);

        Assert.Equal("Scrum by Agile &amp; Co", output);
    }

    [Theory]
    [InlineData("[{{ model.GetType }}]")]
    [InlineData("[{{ model.GetType.Assembly }}]")]
    [InlineData("[{{ model.Shout }}]")]
    [InlineData("[{{ model.Secret.Password }}]")]
    [InlineData("[{{ model.Secret }}]")]
    [InlineData("[{{ model.Services }}]")]
    [InlineData("[{{ model.Services.GetService }}]")]
    [InlineData("[{{ model.ClrType }}]")]
    [InlineData("[{{ model.ClrType.Assembly.Location }}]")]
    public async Task UnsafeMember_RendersNothing(string source)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var model = new BadgeViewModel
        {
            Secret = new SecretHolder(),
            Services = services,
            ClrType = typeof(BadgeViewModel),
        };

        var output = await RenderAsync(source, model);

        Assert.Equal("[]", output);
    }

    [Fact]
    public async Task UnregisteredModel_RendersNothing()
    {
        var output = await RenderAsync("[{{ model.Password }}][{{ model }}]", new SecretHolder());

        Assert.Equal("[][]", output);
    }

    [Fact]
    public async Task CollectionOfStrings_IsIterated()
    {
        var model = new BadgeViewModel { Tags = ["scrum", "<kanban>"] };

        var output = await RenderAsync("{% for tag in model.Tags %}{{ tag }};{% endfor %}", model);

        Assert.Equal("scrum;&lt;kanban&gt;;", output);
    }

    [Fact]
    public async Task HugeLoop_IsStoppedByStepLimit()
    {
        var exception = await Assert.ThrowsAsync<LiquidTemplateException>(() =>
            RenderAsync("{% for i in (1..100000000) %}{{ i }}{% endfor %}", null));

        Assert.Contains("steps", exception.Message);
        Assert.Contains("100000", exception.Message);
    }

    [Fact]
    public async Task SlowRender_TimesOut()
    {
        var exception = await Assert.ThrowsAsync<LiquidTemplateException>(() =>
            RenderAsync(
                "{% for i in (1..100000000) %}{% assign x = i %}{% endfor %}",
                null,
                sandbox => { sandbox.MaxSteps = 0; sandbox.RenderTimeout = TimeSpan.FromMilliseconds(200); }));

        Assert.Contains("timed out after 200 ms", exception.Message);
    }

    [Fact]
    public async Task SyntaxError_ReportsLineAndColumn()
    {
        await using var services = LiquidTestHost.Build();
        var manager = services.GetRequiredService<ILiquidTemplateManager>();

        var parsed = manager.TryParse("<p>ok</p>\n<p>{{ model.Name | }}</p>", out var template, out var error);

        Assert.False(parsed);
        Assert.Null(template);
        Assert.NotNull(error);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 0);
        Assert.Contains("line 2", error.ToString());
    }

    [Fact]
    public async Task RenderOfInvalidSource_Throws()
    {
        var exception = await Assert.ThrowsAsync<LiquidTemplateException>(() =>
            RenderAsync("ok\nok\n{% if %}", null));

        Assert.Equal(3, exception.Error?.Line);
    }

    [Fact]
    public async Task TryParse_ReturnsCachedTemplate()
    {
        await using var services = LiquidTestHost.Build();
        var manager = services.GetRequiredService<ILiquidTemplateManager>();

        Assert.True(manager.TryParse("{{ 1 }}", out var first, out _));
        Assert.True(manager.TryParse("{{ 1 }}", out var second, out _));

        Assert.Same(first, second);
    }

    [Fact]
    public void Registry_RejectsFrameworkTypes()
    {
        var registry = new LiquidViewModelRegistry();

        Assert.Throws<ArgumentException>(() => registry.Register<IServiceProvider>());
        Assert.Throws<ArgumentException>(() => registry.Register<Type>());
        Assert.Throws<ArgumentException>(() => registry.Register<object>());
    }
}
