using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.OpenBadges.V3;
using NSec.Cryptography;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>Fetches Open Badges 3.0 documents over HTTP and verifies proofs against the issuer document served by the test host.</summary>
internal static class Ob3Http
{
    public static readonly EddsaRdfc2022 Suite = new(new EmbeddedContextLoader());

    public static string CredentialUrl(Uri assertionUrl) => assertionUrl.AbsoluteUri.Replace("/ob2/assertions/", "/ob3/credentials/", StringComparison.Ordinal);

    public static async Task<JsonObject> GetAsync(HttpClient client, string url, string accept = OpenBadgesV3.CredentialMediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Verifies the proof with the key that the issuer document at the verification method's URL lists.</summary>
    public static async Task<DataIntegrityVerificationResult> VerifyAsync(HttpClient client, JsonObject credential)
    {
        var issuerId = credential["issuer"] is JsonObject issuer ? issuer["id"]!.GetValue<string>() : credential["issuer"]!.GetValue<string>();
        var controller = await GetAsync(client, issuerId, OpenBadgesV3.JsonLdMediaType);

        PublicKey? Resolve(string methodId) => IssuerControllerDocument.FindAssertionKey(controller, issuerId, methodId).Key;

        return await Suite.VerifyAsync(credential, Resolve);
    }
}
