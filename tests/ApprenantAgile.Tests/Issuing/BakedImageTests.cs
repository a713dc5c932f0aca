using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Tests.Badges;
using ApprenantAgile.Tests.Infrastructure;
using SixLabors.ImageSharp;

namespace ApprenantAgile.Tests.Issuing;

public sealed class BakedImageTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public BakedImageTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("image.png", "image/png")]
    [InlineData("image.svg", "image/svg+xml")]
    public async Task Hosted_image_unbakes_with_bakery(string fileName, string contentType)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, Platform.Tenants.DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "baked@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await client.GetAsync($"{issued.AssertionUrl}/{fileName}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var extracted = await ExtractAsync(bytes, fileName);
        var hosted = await Ob2Http.GetJsonAsync(client, issued.AssertionUrl.AbsoluteUri);

        var baked = JsonNode.Parse(extracted)!;
        Assert.True(JsonNode.DeepEquals(hosted, baked), $"The baked assertion differs from the hosted one:\n{extracted}\n{hosted.ToJsonString()}");
        if (fileName.EndsWith(".png", StringComparison.Ordinal))
        {
            using var image = Image.Load(bytes);
            Assert.True(image.Width > 0, "The baked PNG decodes to an image without width.");
            Assert.True(image.Height > 0, "The baked PNG decodes to an image without height.");
        }
    }

    [Theory]
    [InlineData("signed-image.png")]
    [InlineData("signed-image.svg")]
    public async Task Signed_image_carries_jws(string fileName)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, Platform.Tenants.DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "baked-signed@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var bytes = await client.GetByteArrayAsync($"{issued.AssertionUrl}/{fileName}");
        var extracted = await ExtractAsync(bytes, fileName);

        Assert.Equal(await client.GetStringAsync($"{issued.AssertionUrl}/signed"), extracted.Trim());
    }

    private static async Task<string> ExtractAsync(byte[] bytes, string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aa-baked-{Guid.NewGuid():N}-{fileName}");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var (exitCode, output, error) = await NodeInterop.RunAsync("extract-baked.js", path);
            Assert.True(exitCode == 0, $"openbadges-bakery could not extract {fileName}: {error}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
