using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ApprenantAgile.Tests.JsonLd;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// Message handler that replaces the internet behind the verifier's remote document client. It returns saved
/// copies from Fixtures/OpenBadges3/dcc for the URLs that the Digital Credentials Consortium fixtures reference,
/// and 404 for any other URL. Nothing leaves the process, and every requested URL is recorded.
/// </summary>
internal sealed class SavedDocumentsHandler : HttpMessageHandler
{
    public const string StatusListUrl = "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj";

    private static readonly Dictionary<string, string> SavedCopies = new(StringComparer.Ordinal)
    {
        [StatusListUrl] = "dcc/status-list-e5WK8CbZ1GjycuPombrj.json",
        ["https://digitalcredentials.github.io/dcc-did-web/did.json"] = "dcc/did-web/dcc-did-web.did.json",
        ["https://digitalcredentials.github.io/dcc-did-web/multikey/did.json"] = "dcc/did-web/dcc-did-web-multikey.did.json",
    };

    public ConcurrentQueue<string> Requested { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        Requested.Enqueue(url);

        var response = SavedCopies.TryGetValue(url, out var file)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(OpenBadges3Fixtures.ReadText(file), Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("404: Not Found") };
        return Task.FromResult(response);
    }
}
