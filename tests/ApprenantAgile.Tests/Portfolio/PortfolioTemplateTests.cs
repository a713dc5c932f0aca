using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Portfolio;
using ApprenantAgile.Portfolio.Rendering;
using ApprenantAgile.Portfolio.Viewing;
using ApprenantAgile.Tests.Liquid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>The portfolio's templates resolved by name through the Liquid template providers, as the module registers them.</summary>
public sealed class PortfolioTemplateTests
{
    [Fact]
    public async Task Page_template_renders_view_model()
    {
        await using var services = Build();
        var liquid = services.GetRequiredService<ILiquidTemplateManager>();

        var html = await liquid.RenderNamedAsync(PortfolioTemplates.Page, SamplePage());

        Assert.Contains("Mes badges &lt;b&gt;", html);
        Assert.Contains("<strong>Bonjour</strong>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("Badge de test", html);
        Assert.Contains("https://exemple.org/ob2/assertions/0123", html);
    }

    [Fact]
    public async Task Earlier_provider_overrides_page_template()
    {
        await using var services = Build(new FixedTemplateProvider(PortfolioTemplates.Page, "Surcharge : {{ Model.Title }} / {{ Model.Badges.size }}"));
        var liquid = services.GetRequiredService<ILiquidTemplateManager>();

        var html = await liquid.RenderNamedAsync(PortfolioTemplates.Page, SamplePage());

        Assert.Equal("Surcharge : Mes badges &lt;b&gt; / 1", html);
    }

    private static ServiceProvider Build(ILiquidTemplateProvider? overrides = null) => LiquidTestHost.Build(services =>
    {
        if (overrides is not null)
        {
            services.AddSingleton(overrides);
        }

        new PortfolioStartup().ConfigureServices(services, new ConfigurationBuilder().Build());
    });

    private static PageViewModel SamplePage() => new()
    {
        Title = "Mes badges <b>",
        Introduction = "**Bonjour** <b>gras</b>",
        HolderName = "lea",
        VisibilityCode = "public",
        IsOwner = false,
        // A List, because a collection expression would build a compiler type that the sandbox reads as nil.
        Badges = new List<PageBadgeViewModel>
        {
            new PageBadgeViewModel
            {
                AssertionId = "0123",
                Name = "Badge de test",
                Description = "Une description.",
                IssuerName = "APP de test",
                IssuedUtc = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc),
                IsExpired = false,
                ImageUrl = "/ob2/badges/x/image.png",
                CredentialUrl = "https://exemple.org/ob2/assertions/0123",
                BakedPngUrl = "/ob2/assertions/0123/image.png",
                BakedSvgUrl = "/ob2/assertions/0123/image.svg",
                JsonUrl = "/portfolio/p/badges/0123/badge.json",
                Evidence = [],
            },
        },
    };

    private sealed class FixedTemplateProvider(string name, string source) : ILiquidTemplateProvider
    {
        public ValueTask<string?> GetTemplateSourceAsync(string templateName, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(string.Equals(templateName, name, StringComparison.OrdinalIgnoreCase) ? source : null);
    }
}
