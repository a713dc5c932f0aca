using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Infrastructure;

/// <summary>
/// Creates users through the real UserManager and signs HTTP clients in through the real login
/// form, for tests that need an authenticated user.
/// </summary>
/// <example>
/// <code>
/// await _factory.CreateRunningTenantAsync(name, provider, prefix: name);
/// await TestUsers.CreateAsync(_factory, name, "formatrice", [StandardRoles.Formateur]);
/// using var client = _factory.CreateClientForHost("centres.test");
/// await TestUsers.SignInAsync(client, $"/{name}", "formatrice");
/// var response = await client.GetAsync($"/{name}/admin/users");
/// </code>
/// </example>
public static partial class TestUsers
{
    /// <summary>Password that <see cref="CreateAsync"/> gives when none is passed; it meets the tenant's password rules.</summary>
    public const string DefaultPassword = "Mot de passe de test 42";

    /// <summary>
    /// Creates a user with a confirmed e-mail ({userName}@example.org unless given) and the given
    /// roles, creating the standard roles on the tenant first if they are missing. Returns the user's id.
    /// <paramref name="factory"/> may be a <see cref="PlatformFactory"/> or a host derived from one with WithWebHostBuilder.
    /// </summary>
    public static async Task<string> CreateAsync(
        WebApplicationFactory<Program> factory,
        string tenantName,
        string userName,
        IReadOnlyList<string> roles,
        string password = DefaultPassword,
        string? email = null)
    {
        await using var scope = await factory.Services.GetRequiredService<TenantHost>().CreateScopeAsync(tenantName);
        var services = scope.ServiceProvider;

        var roleErrors = await services.GetRequiredService<DefaultRolesInstaller>().EnsureStandardRolesAsync();
        Assert.True(roleErrors.Count == 0, "Creating the standard roles failed: " + string.Join("; ", roleErrors.Select(e => e.Description)));

        var userManager = services.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = userName, Email = email ?? $"{userName}@example.org", EmailConfirmed = true };
        var result = await userManager.CreateAsync(user, password);
        if (result.Succeeded && roles.Count > 0)
        {
            result = await userManager.AddToRolesAsync(user, roles);
        }

        Assert.True(result.Succeeded, $"Creating user '{userName}' on tenant '{tenantName}' failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    /// <summary>
    /// Creates a role that grants exactly <paramref name="permissions"/>, through the real RoleManager,
    /// for tests that need one permission without the Administrator role, which grants them all.
    /// </summary>
    public static async Task CreateRoleAsync(
        WebApplicationFactory<Program> factory, string tenantName, string roleName, IReadOnlyList<string> permissions)
    {
        await using var scope = await factory.Services.GetRequiredService<TenantHost>().CreateScopeAsync(tenantName);
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<Role>>();

        var result = await roleManager.CreateAsync(new Role { Name = roleName, Permissions = [.. permissions] });

        Assert.True(result.Succeeded, $"Creating role '{roleName}' on tenant '{tenantName}' failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>
    /// Signs the client in through the login form at {pathBase}/account/login and returns the
    /// response to the form's POST (a redirect on success). The client must keep cookies, as
    /// <see cref="PlatformFactory.CreateClientForHost"/> clients do.
    /// </summary>
    /// <param name="pathBase">The tenant's URL prefix with its leading slash ("/centre-lyon"), or "" for a host-only tenant.</param>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string pathBase, string login, string password = DefaultPassword)
    {
        var response = await PostFormAsync(client, $"{pathBase}/account/login", new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = login,
            ["Password"] = password,
        });

        var location = response.Headers.Location?.ToString() ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in '{login}' at {pathBase}/account/login returned {(int)response.StatusCode} instead of a redirect; the login form showed an error.");
        Assert.False(location.Contains("/account/login", StringComparison.Ordinal),
            $"Signing in '{login}' at {pathBase}/account/login redirected back to the login page ('{location}').");
        return response;
    }

    /// <summary>
    /// Opens the form page at <paramref name="formUrl"/>, copies its antiforgery token into
    /// <paramref name="fields"/> and posts them to <paramref name="postUrl"/> (the form page itself by default).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await client.GetAsync(formUrl);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formUrl} returned {(int)page.StatusCode} instead of 200.");

        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = ReadAntiforgeryToken(await page.Content.ReadAsStringAsync(), formUrl),
        };
        return await client.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(values));
    }

    /// <summary>Returns the value of the first antiforgery hidden field in an HTML page.</summary>
    public static string ReadAntiforgeryToken(string html, string pageUrl = "the page")
    {
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, $"{pageUrl} has no __RequestVerificationToken field; is it a form page?");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
