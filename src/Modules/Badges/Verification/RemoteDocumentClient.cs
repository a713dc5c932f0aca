using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.Verification;

/// <summary>
/// Fetches Open Badges documents from other hosts for the verification page: http and https only,
/// a timeout and a size limit per document, redirects followed by hand (and checked again), and by
/// default no connection to non-public addresses.
/// </summary>
public sealed class RemoteDocumentClient(HttpClient httpClient, IOptions<VerificationOptions> options, ILogger<RemoteDocumentClient> logger)
{
    public const string HttpClientName = "ApprenantAgile.Badges.Verification";

    /// <summary>Creates the handler that the named client uses: no automatic redirects, and the address check at connect time.</summary>
    public static SocketsHttpHandler CreateHandler(VerificationOptions options) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => options.AllowPrivateNetworkAddresses || PublicAddressGuard.IsPublic(a)).ToList();
            if (allowed.Count == 0)
            {
                throw new HttpRequestException($"The host '{context.DnsEndPoint.Host}' has no public address; the verifier only fetches documents from public hosts.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.FetchTimeout);

        var current = url;
        for (var redirects = 0; redirects <= settings.MaxRedirects; redirects++)
        {
            if (current.Scheme != Uri.UriSchemeHttps && current.Scheme != Uri.UriSchemeHttp)
            {
                return FetchedDocument.Failed($"The URL scheme '{current.Scheme}' is not http or https.");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain", 0.5));

            try
            {
                using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = new Uri(current, location);
                    continue;
                }

                var body = await ReadLimitedAsync(response.Content, settings.MaxDocumentBytes, timeout.Token);
                return body is null
                    ? FetchedDocument.Failed($"The document at {current} is larger than {settings.MaxDocumentBytes} bytes.")
                    : new FetchedDocument((int)response.StatusCode, body);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("Fetching {Url} for verification timed out after {Timeout}", current, settings.FetchTimeout);
                return FetchedDocument.Failed($"Fetching {current} timed out after {settings.FetchTimeout.TotalSeconds} s.");
            }
            catch (HttpRequestException ex)
            {
                logger.LogInformation(ex, "Fetching {Url} for verification failed", current);
                return FetchedDocument.Failed($"Fetching {current} failed: {ex.Message}");
            }
        }

        return FetchedDocument.Failed($"Fetching {url} needed more than {settings.MaxRedirects} redirects.");
    }

    private static async Task<string?> ReadLimitedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
