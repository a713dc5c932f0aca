using System.Net;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Tests.Catalogue;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Templates;

/// <summary>A centre administrator signed in through the login form, driving the template admin over HTTP.</summary>
internal sealed class TemplateAdminClient : IDisposable
{
    private TemplateAdminClient(HttpClient client, string centre)
    {
        Client = client;
        Centre = centre;
    }

    public HttpClient Client { get; }

    public string Centre { get; }

    public static async Task<TemplateAdminClient> SignInAsync(CatalogueSite site, string centre, string userName = "direction")
    {
        await TestUsers.CreateAsync(site.Factory, centre, userName, [StandardRoles.Administrator]);
        var client = site.Factory.CreateClientForHost(CatalogueSite.CentresHost);
        await TestUsers.SignInAsync(client, $"/{centre}", userName);
        return new TemplateAdminClient(client, centre);
    }

    /// <summary>Posts <paramref name="source"/> from the editor of <paramref name="template"/> with the Save (or Preview) button.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string template, string source, string command = "save") =>
        TestUsers.PostFormAsync(Client, $"/{Centre}/admin/templates/{template}", new Dictionary<string, string>
        {
            ["source"] = source,
            ["command"] = command,
        });

    /// <summary>Saves an override and checks that the admin accepted it (a redirect back to the editor).</summary>
    public async Task SaveAsync(string template, string source)
    {
        var response = await SubmitAsync(template, source);
        var body = response.StatusCode == HttpStatusCode.Redirect ? "" : await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Saving template {template} on {Centre} returned {(int)response.StatusCode} instead of a redirect: {ErrorOf(body)}");
    }

    public Task<HttpResponseMessage> ResetAsync(string template) =>
        TestUsers.PostFormAsync(Client, $"/{Centre}/admin/templates/{template}", new Dictionary<string, string>(),
            $"/{Centre}/admin/templates/{template}/reset");

    /// <summary>Returns the text of the editor's error message, decoded, or "" when the page shows none.</summary>
    public static string ErrorOf(string html)
    {
        const string marker = "id=\"source-error\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var textStart = html.IndexOf('>', start) + 1;
        var end = html.IndexOf("</p>", textStart, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[textStart..end]).Trim();
    }

    public void Dispose() => Client.Dispose();
}
