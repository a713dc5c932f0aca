using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Reads the national catalogue from <see cref="NationalCatalogueOptions.BaseUrl"/> over HTTP.</summary>
public sealed class HttpNationalCatalogueSource(HttpClient client, IOptions<NationalCatalogueOptions> options) : INationalCatalogueSource
{
    public async Task<JsonObject?> GetAsync(CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.BaseUrl
            ?? throw new InvalidOperationException($"{NationalCatalogueOptions.SectionName}:BaseUrl is not set, so the national catalogue cannot be read over HTTP.");
        var url = new Uri(baseUrl, baseUrl.AbsolutePath.TrimEnd('/') + CatalogueUrls.CatalogueJson);

        using var response = await client.GetAsync(url, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} returned {(int)response.StatusCode}. Check {NationalCatalogueOptions.SectionName}:BaseUrl and that the national site is running.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject
            ?? throw new InvalidDataException($"GET {url} did not return a JSON object.");
    }
}
