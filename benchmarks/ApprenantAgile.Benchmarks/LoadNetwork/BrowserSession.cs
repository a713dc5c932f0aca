using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// One virtual user's browser: a cookie jar and a connection to one node, no automatic redirects.
/// Every request is timed and recorded under a step name. A failed request (status outside 2xx and
/// 3xx, an unexpected page, an exception) is recorded as an error and returns null, so the caller
/// abandons the rest of its iteration as a user would.
/// </summary>
internal sealed partial class BrowserSession : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);

    private readonly HttpClient _client;
    private readonly StepRecorder _recorder;

    public BrowserSession(Uri node, StepRecorder recorder)
    {
        _recorder = recorder;
        _client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            UseProxy = false,
        })
        {
            BaseAddress = node,
            Timeout = RequestTimeout,
        };
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
    }

    /// <summary>GETs a page and returns its body, or null when the request failed.</summary>
    public async Task<string?> GetAsync(string step, string path, string accept = "text/html")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        var response = await SendAsync(step, request, expectRedirect: false);
        return response?.Body;
    }

    /// <summary>Posts a form with the antiforgery token of <paramref name="formPage"/>; returns the response when it is the redirect that a successful post returns.</summary>
    public Task<PageResponse?> PostFormAsync(string step, string path, string formPage, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = ReadAntiforgeryToken(formPage);
        if (token is null)
        {
            _recorder.RecordError(step, "the form page has no antiforgery token", formPage);
            return Task.FromResult<PageResponse?>(null);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]),
        };
        return SendAndDisposeAsync(step, request);
    }

    /// <summary>Uploads one file as a browser's multipart form would, with the antiforgery token of <paramref name="formPage"/>.</summary>
    public Task<PageResponse?> PostFileAsync(string step, string path, string formPage, byte[] file, string fileName, string contentType)
    {
        var token = ReadAntiforgeryToken(formPage);
        if (token is null)
        {
            _recorder.RecordError(step, "the form page has no antiforgery token", formPage);
            return Task.FromResult<PageResponse?>(null);
        }

        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { fileContent, "file", fileName },
            },
        };
        return SendAndDisposeAsync(step, request);
    }

    /// <summary>POSTs a JSON body (an API call, no antiforgery token) and returns the response body, or null when it failed.</summary>
    public async Task<string?> PostJsonAsync(string step, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var response = await SendAsync(step, request, expectRedirect: false);
        return response?.Body;
    }

    /// <summary>Records an error found in a successful response's content (a page without the expected link, for example).</summary>
    public void RecordContentError(string step, string cause, string? body) => _recorder.RecordError(step, cause, body);

    public void Dispose() => _client.Dispose();

    /// <summary>Returns the value of the first antiforgery hidden field of an HTML page, or null.</summary>
    public static string? ReadAntiforgeryToken(string html)
    {
        var match = AntiforgeryField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private async Task<PageResponse?> SendAndDisposeAsync(string step, HttpRequestMessage request)
    {
        using (request)
        {
            return await SendAsync(step, request, expectRedirect: true);
        }
    }

    private async Task<PageResponse?> SendAsync(string step, HttpRequestMessage request, bool expectRedirect)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            _recorder.Record(step, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            var status = (int)response.StatusCode;
            var location = response.Headers.Location?.ToString();
            if (status is < 200 or >= 400)
            {
                _recorder.RecordError(step, $"HTTP {status}", body);
                return null;
            }

            if (location is not null && location.Contains("/account/login", StringComparison.Ordinal))
            {
                _recorder.RecordError(step, "redirected to the login page (session lost)", location);
                return null;
            }

            if (expectRedirect && status is < 300)
            {
                // A form post that returns 200 shows the form again with a validation message.
                _recorder.RecordError(step, $"HTTP {status} instead of a redirect (the form was rejected)", body);
                return null;
            }

            return new PageResponse(status, location, body);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            _recorder.RecordError(step, exception.GetType().Name, exception.Message);
            return null;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

/// <summary>Status, redirect target and body of a successful response.</summary>
internal sealed record PageResponse(int Status, string? Location, string Body);
