using System.Text;
using ApprenantAgile.Badges.Baking;

namespace ApprenantAgile.Tests.Badges;

/// <summary>Mozilla's openbadges-bakery 1.0.5 (npm, run through node) reads the images that our bakers write.</summary>
public sealed class BakeryInteropTests : IDisposable
{
    private const string AssertionJson = """{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://badges.example.fr/assertions/42","recipient":{"type":"email","hashed":true,"salt":"s","identity":"sha256$00"},"narrative":"Réussite ✓"}""";

    private readonly string _directory = Directory.CreateTempSubdirectory("aa-bakery-").FullName;

    [Fact]
    public async Task Bakery_extracts_baked_png()
    {
        var path = Path.Combine(_directory, "badge.png");
        await File.WriteAllBytesAsync(path, PngBaker.Bake(TestImages.CreatePng(300, 300), OpenBadgesVersion.V2, AssertionJson));

        var (exitCode, output, error) = await NodeInterop.RunAsync("extract-baked.js", path);

        Assert.True(exitCode == 0, error);
        Assert.Equal(AssertionJson, output);
    }

    [Fact]
    public async Task Bakery_extracts_baked_svg()
    {
        var path = Path.Combine(_directory, "badge.svg");
        var baked = SvgBaker.Bake(Encoding.UTF8.GetBytes(TestImages.CleanSvg), OpenBadgesVersion.V2, AssertionJson, new Uri("https://badges.example.fr/assertions/42"));
        await File.WriteAllBytesAsync(path, baked);

        var (exitCode, output, error) = await NodeInterop.RunAsync("extract-baked.js", path);

        Assert.True(exitCode == 0, error);
        Assert.Equal(AssertionJson, output);
    }

    [Fact]
    public async Task Bakery_extracts_rebaked_png()
    {
        var path = Path.Combine(_directory, "rebaked.png");
        var once = PngBaker.Bake(TestImages.CreatePng(16, 16), OpenBadgesVersion.V2, "https://old.example/assertion.json");
        await File.WriteAllBytesAsync(path, PngBaker.Bake(once, OpenBadgesVersion.V2, AssertionJson));

        var (exitCode, output, error) = await NodeInterop.RunAsync("extract-baked.js", path);

        Assert.True(exitCode == 0, error);
        Assert.Equal(AssertionJson, output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
