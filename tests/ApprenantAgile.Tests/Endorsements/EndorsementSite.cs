using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Catalogue;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.OpenBadges3;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Endorsements;

/// <summary>
/// A national tenant and one centre set up by the shipped recipes, with a national administrator signed in on
/// <see cref="NationalClient"/>. Endorsements go through the national admin's forms, as staff make them.
/// </summary>
internal sealed partial class EndorsementSite : IAsyncDisposable
{
    public const string NationalName = "Réseau APP national";
    public const string AdminLogin = "reconnaissance";

    private EndorsementSite(CatalogueSite catalogue, string centre, HttpClient nationalClient)
    {
        Catalogue = catalogue;
        Centre = centre;
        NationalClient = nationalClient;
    }

    public CatalogueSite Catalogue { get; }

    public PlatformFactory Factory => Catalogue.Factory;

    /// <summary>The centre's tenant name, also its URL prefix.</summary>
    public string Centre { get; }

    public HttpClient NationalClient { get; }

    public static async Task<EndorsementSite> CreateAsync(DatabaseProvider provider)
    {
        var catalogue = await CatalogueSite.CreateAsync(provider);
        var centre = await catalogue.CreateCentreAsync("quimper");
        await TestUsers.CreateAsync(catalogue.Factory, TenantSettings.DefaultTenantName, AdminLogin, [StandardRoles.Administrator]);
        var client = catalogue.Factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, "", AdminLogin);
        return new EndorsementSite(catalogue, centre, client);
    }

    /// <summary>An anonymous client on the national host, which reaches the centre under its prefix.</summary>
    public HttpClient CreateAnonymousClient() => Factory.CreateClientForHost(PlatformFactory.NationalHost);

    public string AdminPage => $"/admin/badges/endorsements?centre={Centre}";

    /// <summary>Endorses the centre's class <paramref name="slug"/> through the admin form; returns the POST response.</summary>
    public async Task<HttpResponseMessage> EndorseClassAsync(string slug, string comment)
    {
        var name = (await CentreClassAsync(slug)).Name;
        return await EndorseAsync(await OptionValueAsync(name), comment);
    }

    /// <summary>Endorses the centre's issuer profile through the admin form.</summary>
    public async Task<HttpResponseMessage> EndorseProfileAsync(string comment)
    {
        var html = await NationalClient.GetStringAsync(AdminPage);
        var match = ProfileOption().Match(html);
        Assert.True(match.Success, "The endorsement form lists no issuer profile option.");
        return await EndorseAsync(WebUtility.HtmlDecode(match.Groups[1].Value), comment);
    }

    public Task<HttpResponseMessage> EndorseAsync(string subjectId, string comment) =>
        TestUsers.PostFormAsync(NationalClient, AdminPage, new Dictionary<string, string>
        {
            ["Form.Centre"] = Centre,
            ["Form.SubjectId"] = subjectId,
            ["Form.Comment"] = comment,
        }, "/admin/badges/endorsements");

    /// <summary>Withdraws the endorsement <paramref name="endorsementId"/> through the admin list's button.</summary>
    public Task<HttpResponseMessage> WithdrawAsync(string endorsementId) =>
        TestUsers.PostFormAsync(NationalClient, "/admin/badges/endorsements", new Dictionary<string, string>(), $"/admin/badges/endorsements/{endorsementId}/withdraw");

    /// <summary>Returns the ids of the endorsements the admin list links to, newest first.</summary>
    public async Task<IReadOnlyList<string>> ListEndorsementIdsAsync()
    {
        var html = await NationalClient.GetStringAsync("/admin/badges/endorsements");
        return EndorsementLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
    }

    public async Task<BadgeClassInfo> CentreClassAsync(string slug)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Centre);
        var classes = await scope.ServiceProvider.GetRequiredService<IBadgeClassProvider>().ListAsync();
        return classes.Single(c => c.Slug == slug);
    }

    /// <summary>Issues a badge of <paramref name="slug"/> on the centre and returns its OB 3.0 credential, fetched over HTTP.</summary>
    public async Task<(IssueResult Issued, JsonObject Credential)> IssueAsync(string slug, string email)
    {
        IssueResult issued;
        await using (var scope = await Factory.TenantHost.CreateScopeAsync(Centre))
        {
            issued = await scope.ServiceProvider.GetRequiredService<IBadgeIssuer>().IssueAsync(new IssueRequest
            {
                BadgeClassId = (await CentreClassAsync(slug)).Id,
                RecipientEmail = email,
                RecipientName = "Maëlle Le Goff",
                SourceKey = "test:" + Guid.NewGuid().ToString("N"),
            });
        }

        using var client = CreateAnonymousClient();
        return (issued, await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(issued.AssertionUrl)));
    }

    /// <summary>Posts <paramref name="credential"/> to the centre's POST /ob3/verify and returns the JSON report.</summary>
    public async Task<JsonObject> VerifyAsync(JsonObject credential)
    {
        using var client = CreateAnonymousClient();
        using var content = new StringContent(credential.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/{Centre}/ob3/verify", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /{Centre}/ob3/verify returned {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Returns the HTML of a page with character references decoded, so that French text can be searched as written.</summary>
    public static async Task<string> ReadPageAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}.");
        return WebUtility.HtmlDecode(body);
    }

    private async Task<string> OptionValueAsync(string optionText)
    {
        var html = WebUtility.HtmlDecode(await NationalClient.GetStringAsync(AdminPage));
        var match = Regex.Match(html, "<option value=\"([^\"]+)\"[^>]*>" + Regex.Escape(optionText) + "</option>");
        Assert.True(match.Success, $"The endorsement form of {Centre} lists no option \"{optionText}\".");
        return match.Groups[1].Value;
    }

    public async ValueTask DisposeAsync()
    {
        NationalClient.Dispose();
        await Catalogue.DisposeAsync();
    }

    [GeneratedRegex("<optgroup label=\"[^\"]*\">\\s*<option value=\"([^\"]+)\"")]
    private static partial Regex ProfileOption();

    [GeneratedRegex("href=\"/ob3/endorsements/([0-9a-f]{32})\"")]
    private static partial Regex EndorsementLink();
}
