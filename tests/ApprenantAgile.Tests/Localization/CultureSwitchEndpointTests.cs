using System.Net;
using ApprenantAgile.Platform.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ApprenantAgile.Tests.Localization;

public sealed class CultureSwitchEndpointTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddPlatformLocalization([]);

        _app = builder.Build();
        _app.UsePlatformRequestLocalization();
        _app.UseRouting();
        _app.UseAntiforgery();
        _app.MapCultureSwitch();
        _app.MapGet("/token", (HttpContext context, IAntiforgery antiforgery) =>
            antiforgery.GetAndStoreTokens(context).RequestToken);
        _app.MapGet("/which", () => System.Globalization.CultureInfo.CurrentUICulture.Name);

        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Post_SetsCultureCookieAndRedirects()
    {
        var response = await PostCultureAsync("en", "/badges?page=2", withToken: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/badges?page=2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Den-US%7Cuic%3Den-US", cookie);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await PostCultureAsync("en", "/", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") &&
            response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Post_ExternalReturnUrl_RedirectsToRoot(string returnUrl)
    {
        var response = await PostCultureAsync("fr", returnUrl, withToken: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_UnsupportedCulture_ReturnsFrenchProblem()
    {
        var response = await PostCultureAsync("de", "/", withToken: true);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Langue non prise en charge", body);
    }

    [Fact]
    public async Task Get_SetsCultureCookieWithoutToken()
    {
        var response = await _client.GetAsync("/culture?culture=en&returnUrl=" + Uri.EscapeDataString("/badges?page=2"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/badges?page=2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Den-US%7Cuic%3Den-US", cookie);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("~//evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task Get_ExternalReturnUrl_RedirectsToRoot(string returnUrl)
    {
        var response = await _client.GetAsync("/culture?culture=fr&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_UnsupportedCulture_SetsNoCookie()
    {
        var response = await _client.GetAsync("/culture?culture=de&returnUrl=/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/which", null, "fr-FR")]
    [InlineData("/which?culture=en", null, "en-US")]
    [InlineData("/which", "c=en-US|uic=en-US", "en-US")]
    [InlineData("/which?culture=de", null, "fr-FR")]
    public async Task Request_CultureFromQueryOrCookie(string path, string? cookie, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString(cookie));
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostCultureAsync(string culture, string returnUrl, bool withToken)
    {
        var fields = new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = returnUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/culture");

        if (withToken)
        {
            var tokenResponse = await _client.GetAsync("/token");
            var token = (await tokenResponse.Content.ReadAsStringAsync()).Trim('"');
            var antiforgeryCookie = tokenResponse.Headers.GetValues("Set-Cookie")
                .Select(c => c.Split(';')[0])
                .Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
            fields["__RequestVerificationToken"] = token;
            request.Headers.Add("Cookie", antiforgeryCookie);
        }

        request.Content = new FormUrlEncodedContent(fields);
        return await _client.SendAsync(request);
    }
}
