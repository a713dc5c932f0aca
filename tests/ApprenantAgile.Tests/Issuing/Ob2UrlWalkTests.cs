using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>Every URL of the tenant that a served OB 2.0 document names resolves through the host, and the issuer stays valid without an e-mail.</summary>
public sealed class Ob2UrlWalkTests : IClassFixture<PlatformFactory>
{
    private const int MaxUrls = 200;
    private const int MaxRedirects = 5;

    private readonly PlatformFactory _factory;

    public Ob2UrlWalkTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_referenced_url_resolves(DatabaseProvider provider)
    {
        // The issuer's url is the site's home page, which the theme serves, as on a centre set up by its recipe.
        var tenant = await IssuingTenant.CreateAsync(_factory, provider, "AgileTheme");
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "walk@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var slug = IssuingTenant.PlainSlug;

        var visited = await WalkAsync(client, tenant.BaseUrl,
        [
            issued.AssertionUrl.AbsoluteUri,
            issued.AssertionUrl.AbsoluteUri + "/signed",
            $"{tenant.BaseUrl}/badges/{slug}.json",
        ]);

        // The walk must have reached each kind of document, else it proves nothing about them.
        Assert.Contains(visited, url => url.EndsWith("/ob2/issuer", StringComparison.Ordinal));
        Assert.Contains(visited, url => url.Contains("/ob2/badges/", StringComparison.Ordinal) && !url.EndsWith("image.png", StringComparison.Ordinal));
        Assert.Contains(visited, url => url.EndsWith("/image.png", StringComparison.Ordinal));
        Assert.Contains(visited, url => url.Contains("/ob2/keys/", StringComparison.Ordinal));
        Assert.Contains(visited, url => url.EndsWith("/ob2/revocations", StringComparison.Ordinal));
        Assert.Contains(visited, url => url.EndsWith($"/badges/{slug}", StringComparison.Ordinal));
        Assert.Contains(visited, url => url == tenant.BaseUrl + "/");
    }

    [Fact]
    public async Task Legacy_issuer_url_redirects_to_issuer()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await Ob2Http.GetAsync(client, $"{tenant.BaseUrl}/badges/issuer.json", "application/ld+json");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/{tenant.Name}/ob2/issuer", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Issuer_without_email_omits_property(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        await tenant.WithScopeAsync(async services =>
        {
            var documents = services.GetRequiredService<IDocumentStore>();
            var site = await documents.GetAsync<SiteSettings>();
            site.ContactEmail = null;
            await documents.SaveAsync(site);
            return true;
        });
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var issuer = await Ob2Http.GetJsonAsync(client, $"{tenant.BaseUrl}/ob2/issuer");
        var expanded = JsonLdProcessor.Expand(issuer, new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true });

        Assert.False(issuer.ContainsKey("email"), issuer.ToJsonString());
        foreach (var property in new[] { "@context", "type", "id", "name", "url" })
        {
            Assert.True(issuer[property] is not null, $"The issuer lacks '{property}': {issuer.ToJsonString()}");
        }

        Assert.Equal("https://w3id.org/openbadges#Issuer", expanded[0]!["@type"]![0]!.GetValue<string>());
    }

    /// <summary>Fetches the start URLs and every tenant URL they name, breadth first; returns the URLs fetched.</summary>
    private static async Task<IReadOnlyCollection<string>> WalkAsync(HttpClient client, string tenantBase, IReadOnlyList<string> start)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, string From)>(start.Select(url => (url, "start")));
        while (queue.Count > 0)
        {
            var (url, from) = queue.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            Assert.True(visited.Count <= MaxUrls, $"The walk found more than {MaxUrls} URLs; last: {url}");
            var (response, body) = await FetchFollowingRedirectsAsync(client, url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}, named by {from}, returned {(int)response.StatusCode}.");

            foreach (var named in NamedUrls(response, body).Where(u => u.StartsWith(tenantBase + "/", StringComparison.Ordinal)))
            {
                queue.Enqueue((named, url));
            }
        }

        return visited;
    }

    private static async Task<(HttpResponseMessage Response, string Body)> FetchFollowingRedirectsAsync(HttpClient client, string url)
    {
        var current = new Uri(url);
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            var response = await Ob2Http.GetAsync(client, current.AbsoluteUri, "application/ld+json");
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                current = new Uri(current, location);
                continue;
            }

            return (response, await response.Content.ReadAsStringAsync());
        }

        throw new InvalidOperationException($"GET {url} redirected more than {MaxRedirects} times.");
    }

    private static IEnumerable<string> NamedUrls(HttpResponseMessage response, string body)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (mediaType == "text/plain")
        {
            // A compact JWS: the payload is the signed assertion.
            var payload = body.Split('.')[1].Replace('-', '+').Replace('_', '/');
            body = Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=')));
        }
        else if (!mediaType.Contains("json", StringComparison.Ordinal))
        {
            return [];
        }

        var strings = new List<string>();
        Collect(JsonNode.Parse(body), strings);
        return strings.Where(s => s.StartsWith("http://", StringComparison.Ordinal) || s.StartsWith("https://", StringComparison.Ordinal));
    }

    private static void Collect(JsonNode? node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, strings);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, strings);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                strings.Add(text);
                break;
        }
    }
}
