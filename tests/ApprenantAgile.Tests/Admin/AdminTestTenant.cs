using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Admin;

/// <summary>
/// A running tenant at the URL prefix of its name, with the content types editor and export and
/// import enabled, and an HTTP client signed in through the login form as one of its users.
/// </summary>
public sealed partial class AdminTestTenant : IDisposable
{
    public const string Host = "admin.test";
    public const string UserName = "equipe";

    private AdminTestTenant(string name, HttpClient client)
    {
        Name = name;
        Client = client;
    }

    public string Name { get; }

    /// <summary>Client signed in as <see cref="UserName"/>; it keeps cookies and does not follow redirects.</summary>
    public HttpClient Client { get; }

    /// <summary>The tenant's URL prefix with its leading slash, such as "/admin-1a2b3c4d".</summary>
    public string PathBase => "/" + Name;

    /// <summary>Creates the tenant on <paramref name="provider"/>, a user with <paramref name="role"/>, and signs the client in.</summary>
    public static async Task<AdminTestTenant> CreateAsync(PlatformFactory factory, DatabaseProvider provider, string role = StandardRoles.Administrator)
    {
        var name = PlatformFactory.UniqueTenantName("admin");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name, features: [PlatformFeatures.ContentTypes, PlatformFeatures.Deployment]);
        await TestUsers.CreateAsync(factory, name, UserName, [role]);

        var client = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(client, "/" + name, UserName);
        return new AdminTestTenant(name, client);
    }

    /// <summary>Posts a form of this tenant's admin with the antiforgery token of the page at <paramref name="formPath"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string formPath, IDictionary<string, string> fields, string? postPath = null) =>
        TestUsers.PostFormAsync(Client, PathBase + formPath, fields, postPath is null ? null : PathBase + postPath);

    /// <summary>
    /// Creates a creatable, listable, draftable content type through the content types editor, and
    /// gives it a required text field named "Lieu".
    /// </summary>
    public async Task CreateTypeWithRequiredTextFieldAsync(string typeName, string displayName)
    {
        var created = await PostFormAsync("/admin/content-types/create", new Dictionary<string, string>
        {
            ["name"] = typeName,
            ["displayName"] = displayName,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var added = await PostFormAsync($"/admin/content-types/{typeName}/fields/add", new Dictionary<string, string>
        {
            ["Name"] = "Lieu",
            ["DisplayName"] = "Lieu",
            ["FieldType"] = "TextField",
            ["Required"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"{PathBase}/admin/content-types/{typeName}", added.Headers.Location?.OriginalString);
    }

    /// <summary>Posts the item editor of a new <paramref name="typeName"/> item and returns the response.</summary>
    public Task<HttpResponseMessage> PostNewItemAsync(string typeName, string title, string lieu, bool publish) =>
        PostFormAsync($"/admin/contents/create/{typeName}", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            [$"{typeName}.Lieu"] = lieu,
            ["publish"] = publish ? "true" : "false",
        });

    /// <summary>Posts the editor of an existing item and returns the response.</summary>
    public Task<HttpResponseMessage> PostEditAsync(string contentItemId, string typeName, string title, string lieu, bool publish) =>
        PostFormAsync($"/admin/contents/{contentItemId}/edit", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            [$"{typeName}.Lieu"] = lieu,
            ["publish"] = publish ? "true" : "false",
        });

    /// <summary>Returns the content item id from the editor URL that a successful save redirects to.</summary>
    public string ReadContentItemId(HttpResponseMessage saved)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var match = EditorPath().Match(saved.Headers.Location?.OriginalString ?? "");
        Assert.True(match.Success, $"The save redirected to '{saved.Headers.Location}', not to the item's editor.");
        return match.Groups[1].Value;
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex(@"/admin/contents/([^/]+)/edit$")]
    private static partial Regex EditorPath();
}
