using System.Globalization;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Localization;
using ApprenantAgile.Tests.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ApprenantAgile.Tests.Liquid;

public class LiquidFilterTests
{
    private static async Task<string> RenderAsync(string source, IReadOnlyDictionary<string, object?>? values = null, Action<IServiceCollection>? configure = null)
    {
        await using var services = LiquidTestHost.Build(configure);
        var manager = services.GetRequiredService<ILiquidTemplateManager>();
        return await manager.RenderAsync(source, null, values);
    }

    [Fact]
    public async Task Raw_OnUserText_StillEncodes()
    {
        var output = await RenderAsync("{{ text | raw }}", new Dictionary<string, object?> { ["text"] = "<b>x</b>" });

        Assert.Equal("&lt;b&gt;x&lt;/b&gt;", output);
    }

    [Fact]
    public async Task Raw_OnPlatformHtml_IsHonoured()
    {
        var output = await RenderAsync("{{ html | raw }}", new Dictionary<string, object?> { ["html"] = new LiquidHtml("<b>x</b>") });

        Assert.Equal("<b>x</b>", output);
    }

    [Fact]
    public async Task Sanitize_RemovesScript()
    {
        var output = await RenderAsync("{{ text | sanitize }}",
            new Dictionary<string, object?> { ["text"] = "<p onclick=\"x()\">ok</p><script>alert(1)</script>" });

        Assert.Equal("<p>ok</p>", output);
    }

    [Fact]
    public async Task Markdownify_RendersAndEscapesHtml()
    {
        var output = await RenderAsync("{{ text | markdownify }}",
            new Dictionary<string, object?> { ["text"] = "**Bravo** <script>alert(1)</script> [x](javascript:alert(1))" });

        Assert.Contains("<strong>Bravo</strong>", output);
        Assert.DoesNotContain("<script>", output);
        Assert.DoesNotContain("javascript:", output);
    }

    [Fact]
    public async Task Translate_UsesCurrentUiCulture()
    {
        using (TestCatalogs.UseCulture("fr-FR"))
        {
            Assert.Equal("Langue", await RenderAsync("{{ 'Language' | t }}"));
        }

        using (TestCatalogs.UseCulture("en-US"))
        {
            Assert.Equal("Language", await RenderAsync("{{ 'Language' | t }}"));
        }
    }

    [Fact]
    public async Task Translate_FormatsAndEncodesArguments()
    {
        using var _ = TestCatalogs.UseCulture("en-US");

        var output = await RenderAsync("{{ 'Hello {0}' | t: name }}", new Dictionary<string, object?> { ["name"] = "<Ann>" });

        Assert.Equal("Hello &lt;Ann&gt;", output);
    }

    [Theory]
    [InlineData("fr-FR", 0, "0 utilisateur trouvé.")]
    [InlineData("fr-FR", 1, "1 utilisateur trouvé.")]
    [InlineData("fr-FR", 2, "2 utilisateurs trouvés.")]
    [InlineData("en-US", 0, "0 users found.")]
    [InlineData("en-US", 1, "1 user found.")]
    [InlineData("en-US", 2, "2 users found.")]
    public async Task TranslatePlural_ChoosesTheFormForTheCount(string culture, int count, string expected)
    {
        using var _ = TestCatalogs.UseCulture(culture);

        var output = await RenderAsync("{{ '{0} user found.' | t_plural: '{0} users found.', n }}", new Dictionary<string, object?> { ["n"] = count });

        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(output));
    }

    [Theory]
    [InlineData("2025-07-14T14:30:00Z", "14 juillet 2025 à 16:30")]
    [InlineData("2025-01-15T23:30:00Z", "16 janvier 2025 à 00:30")]
    public async Task DateParis_FormatsInParisTimeAndFrench(string utc, string expected)
    {
        var date = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        var output = await RenderAsync("{{ d | date_paris }}", new Dictionary<string, object?> { ["d"] = date });

        Assert.Equal(expected, output);
    }

    [Fact]
    public async Task DateParis_AcceptsFormatArgument()
    {
        var date = new DateTime(2025, 7, 14, 22, 0, 0, DateTimeKind.Utc);

        var output = await RenderAsync("{{ d | date_paris: 'dddd d MMMM' }}", new Dictionary<string, object?> { ["d"] = date });

        Assert.Equal("mardi 15 juillet", output);
    }

    [Theory]
    [InlineData("~/css/site.css", "/acme/css/site.css")]
    [InlineData("/css/site.css", "/acme/css/site.css")]
    [InlineData("https://cdn.example/x.css", "https://cdn.example/x.css")]
    [InlineData("//cdn.example/x.css", "//cdn.example/x.css")]
    public async Task UrlContent_AddsPathBase(string url, string expected)
    {
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext() };
        accessor.HttpContext.Request.PathBase = "/acme";

        var output = await RenderAsync("{{ u | url_content }}", new Dictionary<string, object?> { ["u"] = url },
            services => services.AddSingleton<IHttpContextAccessor>(accessor));

        Assert.Equal(expected, output);
    }
}
