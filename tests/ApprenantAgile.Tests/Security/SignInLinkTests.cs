using System.Net;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.SignInLinks;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Security;

/// <summary>One-time sign-in links, e-mailed through the real SMTP test server, with a clock the tests move.</summary>
public sealed class SignInLinkTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Host = "centres.test";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Link_signs_in_once(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = CreateHost(smtp.Port, new ManualTimeProvider());
        var tenant = await SecurityTestHosts.CreatePrefixedTenantAsync(host, provider, "lien", Host);
        await TestUsers.CreateAsync(host, tenant, "directrice", [StandardRoles.Administrator], email: "directrice@example.org");
        var link = await RequestLinkAsync(host, smtp, tenant, "directrice@example.org");

        using var first = SecurityTestHosts.CreateClient(host, Host);
        var used = await UseLinkAsync(first, link, tenant);
        var admin = await first.GetAsync($"/{tenant}/admin/users");

        using var second = SecurityTestHosts.CreateClient(host, Host);
        var reopened = await second.GetAsync(link);
        var reused = await PostTokenAsync(second, tenant, PasswordResetTests.QueryValue(link, "token"));
        var secondAdmin = await second.GetAsync($"/{tenant}/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal($"/{tenant}/", used.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reopened.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, secondAdmin.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Link_fails_after_expiry(DatabaseProvider provider)
    {
        var clock = new ManualTimeProvider();
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = CreateHost(smtp.Port, clock);
        var tenant = await SecurityTestHosts.CreatePrefixedTenantAsync(host, provider, "lien", Host);
        await TestUsers.CreateAsync(host, tenant, "directrice", [StandardRoles.Administrator], email: "directrice@example.org");
        var link = await RequestLinkAsync(host, smtp, tenant, "directrice@example.org");
        using var client = SecurityTestHosts.CreateClient(host, Host);
        var beforeExpiry = await client.GetAsync(link);

        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var opened = await client.GetAsync(link);
        var posted = await PostTokenAsync(client, tenant, PasswordResetTests.QueryValue(link, "token"));
        var admin = await client.GetAsync($"/{tenant}/admin/users");

        Assert.Equal(HttpStatusCode.OK, beforeExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Link_token_is_stored_only_as_hash(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = CreateHost(smtp.Port, new ManualTimeProvider());
        var tenant = await SecurityTestHosts.CreatePrefixedTenantAsync(host, provider, "lien", Host);
        await TestUsers.CreateAsync(host, tenant, "directrice", [StandardRoles.Administrator], email: "directrice@example.org");
        var token = PasswordResetTests.QueryValue(await RequestLinkAsync(host, smtp, tenant, "directrice@example.org"), "token");

        var rows = await ReadRowsAsync(host, tenant);

        var row = Assert.Single(rows);
        Assert.DoesNotContain(token, string.Join("|", row));
        Assert.Equal(SignInLinkService.Hash(token), row["TokenHash"]);
        Assert.Equal(64, row["TokenHash"].Length);
    }

    [Fact]
    public async Task Unknown_email_sends_no_link()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = CreateHost(smtp.Port, new ManualTimeProvider());
        var tenant = await SecurityTestHosts.CreatePrefixedTenantAsync(host, DatabaseProvider.Sqlite, "lien", Host);
        await TestUsers.CreateAsync(host, tenant, "directrice", [StandardRoles.Administrator], email: "directrice@example.org");
        using var client = SecurityTestHosts.CreateClient(host, Host);

        var unknown = await TestUsers.PostFormAsync(client, $"/{tenant}/account/sign-in-link", new Dictionary<string, string> { ["Email"] = "inconnu@example.org" });
        var known = await TestUsers.PostFormAsync(client, $"/{tenant}/account/sign-in-link", new Dictionary<string, string> { ["Email"] = "directrice@example.org" });
        var messages = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));

        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal("directrice@example.org", messages.Single().To.Mailboxes.Single().Address);
    }

    private WebApplicationFactory<Program> CreateHost(int smtpPort, TimeProvider clock) => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Email:DeliveryMethod", "Network");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:SecureSocketOptions", "None");
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    });

    private static async Task<string> RequestLinkAsync(WebApplicationFactory<Program> host, TestSmtpServer smtp, string tenant, string email)
    {
        using var client = SecurityTestHosts.CreateClient(host, Host);
        var before = smtp.Messages.Count;
        var response = await TestUsers.PostFormAsync(client, $"/{tenant}/account/sign-in-link", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var message = (await smtp.WaitForMessagesAsync(before + 1, TimeSpan.FromSeconds(10)))[before];
        var link = PasswordResetTests.LinkIn(message.TextBody);
        Assert.StartsWith($"http://{Host}/{tenant}/account/sign-in-link/confirm?token=", link);
        return link;
    }

    /// <summary>Opens the e-mailed link and presses its button, as a person does.</summary>
    private static Task<HttpResponseMessage> UseLinkAsync(HttpClient client, string link, string tenant) =>
        TestUsers.PostFormAsync(client, link, new Dictionary<string, string> { ["Token"] = PasswordResetTests.QueryValue(link, "token") },
            postUrl: $"/{tenant}/account/sign-in-link/confirm");

    /// <summary>Posts a token to the confirm action with an antiforgery token taken from the login form.</summary>
    private static Task<HttpResponseMessage> PostTokenAsync(HttpClient client, string tenant, string token) =>
        TestUsers.PostFormAsync(client, $"/{tenant}/account/login", new Dictionary<string, string> { ["Token"] = token },
            postUrl: $"/{tenant}/account/sign-in-link/confirm");

    /// <summary>Reads every column of the SignInLinks table as text, straight from the tenant's database.</summary>
    private static async Task<List<Dictionary<string, string>>> ReadRowsAsync(WebApplicationFactory<Program> host, string tenant)
    {
        await using var scope = await host.Services.GetRequiredService<TenantHost>().CreateScopeAsync(tenant);

        // Opened through EF Core, whose interceptor selects the tenant's schema on PostgreSQL.
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"SignInLinks\"";
        await using var reader = await command.ExecuteReaderAsync();

        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, string>();
            for (var column = 0; column < reader.FieldCount; column++)
            {
                row[reader.GetName(column)] = Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
