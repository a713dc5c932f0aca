using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ApprenantAgile.Tests.Security;

/// <summary>Forgotten password through the real SMTP test server: the e-mailed link sets a new password.</summary>
public sealed partial class PasswordResetTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Host = "centres.test";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reset_link_sets_new_password(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = WithSmtp(smtp.Port);
        var tenant = await CreateTenantAsync(host, provider);
        await TestUsers.CreateAsync(host, tenant, "lucie", [StandardRoles.Apprenant], email: "lucie@example.org");
        using var client = SecurityTestHosts.CreateClient(host, Host);

        var asked = await TestUsers.PostFormAsync(client, $"/{tenant}/account/forgot-password", new Dictionary<string, string> { ["Email"] = "lucie@example.org" });
        var message = (await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Single();
        var link = LinkIn(message.TextBody);
        var newPassword = "Un nouveau mot de passe 7";
        var reset = await TestUsers.PostFormAsync(client, link, new Dictionary<string, string>
        {
            ["UserId"] = QueryValue(link, "userId"),
            ["Token"] = QueryValue(link, "token"),
            ["Password"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        }, postUrl: $"/{tenant}/account/reset-password");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("lucie@example.org", message.To.Mailboxes.Single().Address);
        Assert.StartsWith($"http://{Host}/{tenant}/account/reset-password?", link);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var fresh = SecurityTestHosts.CreateClient(host, Host);
        await TestUsers.SignInAsync(fresh, $"/{tenant}", "lucie", newPassword);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reset_link_works_once(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = WithSmtp(smtp.Port);
        var tenant = await CreateTenantAsync(host, provider);
        await TestUsers.CreateAsync(host, tenant, "lucie", [StandardRoles.Apprenant], email: "lucie@example.org");
        using var client = SecurityTestHosts.CreateClient(host, Host);
        await TestUsers.PostFormAsync(client, $"/{tenant}/account/forgot-password", new Dictionary<string, string> { ["Email"] = "lucie@example.org" });
        var link = LinkIn((await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Single().TextBody);
        var fields = new Dictionary<string, string>
        {
            ["UserId"] = QueryValue(link, "userId"),
            ["Token"] = QueryValue(link, "token"),
            ["Password"] = "Premier nouveau mot de passe",
            ["ConfirmPassword"] = "Premier nouveau mot de passe",
        };
        await TestUsers.PostFormAsync(client, link, fields, postUrl: $"/{tenant}/account/reset-password");

        fields["Password"] = fields["ConfirmPassword"] = "Second nouveau mot de passe";
        var second = await TestUsers.PostFormAsync(client, link, fields, postUrl: $"/{tenant}/account/reset-password");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("error-summary", await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Forgot_password_answers_same_for_unknown_email(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = WithSmtp(smtp.Port);
        var tenant = await CreateTenantAsync(host, provider);
        await TestUsers.CreateAsync(host, tenant, "lucie", [StandardRoles.Apprenant], email: "lucie@example.org");
        using var client = SecurityTestHosts.CreateClient(host, Host);

        var unknown = await TestUsers.PostFormAsync(client, $"/{tenant}/account/forgot-password", new Dictionary<string, string> { ["Email"] = "personne@example.org" });
        var known = await TestUsers.PostFormAsync(client, $"/{tenant}/account/forgot-password", new Dictionary<string, string> { ["Email"] = "lucie@example.org" });
        var messages = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal("lucie@example.org", messages.Single().To.Mailboxes.Single().Address);
    }

    private WebApplicationFactory<Program> WithSmtp(int port) => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Email:DeliveryMethod", "Network");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:SecureSocketOptions", "None");
    });

    private static Task<string> CreateTenantAsync(WebApplicationFactory<Program> host, DatabaseProvider provider) =>
        SecurityTestHosts.CreatePrefixedTenantAsync(host, provider, "oubli", Host);

    internal static string LinkIn(string? body)
    {
        var match = Link().Match(body ?? "");
        Assert.True(match.Success, "The e-mail has no http link: " + body);
        return match.Value;
    }

    internal static string QueryValue(string url, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(url).Query)[name].ToString();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
