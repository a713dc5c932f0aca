using System.Text.Json.Nodes;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>HTTP helpers for the public OB 2.0 endpoints.</summary>
internal static class Ob2Http
{
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> GetJsonAsync(HttpClient client, string url)
    {
        var response = await GetAsync(client, url, "application/ld+json");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
