using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Tests.Liquid;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Templates;

/// <summary>Filters that walk a whole object must not reach members the allowlist hides.</summary>
public sealed class JsonFilterSandboxTests
{
    [Fact]
    public async Task Json_filter_hides_unregistered_members()
    {
        await using var services = LiquidTestHost.Build();
        await using var hidden = new ServiceCollection().BuildServiceProvider();
        var liquid = services.GetRequiredService<ILiquidTemplateManager>();
        var model = new BadgeViewModel
        {
            Name = "Scrum",
            Secret = new SecretHolder(),
            Services = hidden,
            ClrType = typeof(BadgeViewModel),
        };

        var output = await liquid.RenderAsync("{{ Model | json }}|{{ Model.Secret | json }}|{{ Model.ClrType | json }}", model, encoder: Fluid.NullEncoder.Default);

        Assert.DoesNotContain("hunter2", output);
        Assert.DoesNotContain("Password", output);
        Assert.DoesNotContain("ApprenantAgile.Tests", output);
        Assert.DoesNotContain("method called", output);
    }
}
