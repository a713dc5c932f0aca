using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Assertions;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// Checks on the assertion that the real issuer made for an approved application: stored once, signed,
/// served as OB 2.0 JSON at its URL, and hashed for the learner's e-mail address.
/// </summary>
public static class IssuedAssertionChecks
{
    /// <summary>Asserts all of the above and returns the stored assertion and the JSON served at its URL.</summary>
    public static async Task<(AssertionIndex Stored, JsonObject Served)> AssertIssuedToAsync(
        ReviewTestSite site, string applicationId, string learnerUserName)
    {
        var application = await site.GetApplicationAsync(applicationId);
        var stored = await site.FindAssertionAsync(applicationId);
        Assert.True(stored is not null, $"No assertion is stored for application {applicationId}.");
        Assert.Equal(1, await site.CountAssertionsAsync(applicationId));
        Assert.Equal(stored.AssertionId, application.AssertionId);
        Assert.False(string.IsNullOrEmpty(application.AssertionUrl), $"Application {applicationId} is approved but has no assertion URL.");

        // The hosted document: fetched over HTTP from the URL the learner's e-mail links to.
        using var client = site.Factory.CreateClientForHost(new Uri(application.AssertionUrl).Authority);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(application.AssertionUrl).PathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", "application/ld+json");
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {application.AssertionUrl} returned {(int)response.StatusCode}: {body}");
        var served = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(application.AssertionUrl, served["id"]?.GetValue<string>());
        Assert.Equal("Assertion", served["type"]?.GetValue<string>());

        // The recipient: sha256 of the learner's address followed by the salt, as Open Badges 2.0 defines it.
        var recipient = served["recipient"]!.AsObject();
        Assert.Equal("email", recipient["type"]?.GetValue<string>());
        Assert.True(recipient["hashed"]?.GetValue<bool>(), "The served assertion's recipient is not hashed.");
        var salt = recipient["salt"]!.GetValue<string>();
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(site.EmailOf(learnerUserName) + salt));
        Assert.Equal("sha256$" + Convert.ToHexStringLower(digest), recipient["identity"]?.GetValue<string>());

        // The signed form: a compact RS256 JWS of the same badge for the same recipient (its id is a urn:uuid).
        var parts = stored.SignedJws.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonNode.Parse(Base64UrlDecode(parts[0]))!;
        var payload = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        Assert.Equal("RS256", header["alg"]?.GetValue<string>());
        Assert.Equal(served["badge"]?.GetValue<string>(), payload["badge"]?.GetValue<string>());
        Assert.Equal(recipient["identity"]?.GetValue<string>(), payload["recipient"]?["identity"]?.GetValue<string>());
        return (stored, served);
    }

    private static byte[] Base64UrlDecode(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Convert.FromBase64String(padded);
    }
}
