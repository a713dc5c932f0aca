using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Tests.Email;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Tests.Tenants;

/// <summary>
/// The host in the Development environment with the seed of appsettings.Development.json (the national tenant
/// and its demo centres), as a developer gets it from <c>dotnet run --project src/Web</c>.
/// </summary>
public sealed class DevelopmentSeedFactory : PlatformFactory
{
    internal RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

public sealed partial class DevelopmentSeedTests(DevelopmentSeedFactory factory) : IClassFixture<DevelopmentSeedFactory>
{
    [Fact]
    public async Task Seeded_centre_admin_signs_in()
    {
        using var client = factory.CreateClientForHost("centres.test");
        var centres = factory.Services.GetRequiredService<IOptions<DevelopmentSeedOptions>>().Value.Centres;
        Assert.NotEmpty(centres);

        foreach (var centre in centres)
        {
            var password = FindLoggedPassword(centre.AdminEmail);
            Assert.True(password is not null, $"The log has no seed password line for {centre.AdminEmail}.");

            await TestUsers.SignInAsync(client, $"/{centre.Name}", centre.AdminEmail, password);
            var dashboard = await client.GetAsync($"/{centre.Name}/admin");
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }
    }

    private string? FindLoggedPassword(string adminEmail) => factory.Logs.Entries
        .Select(entry => SeedPasswordLine().Match(entry.Message))
        .Where(match => match.Success && match.Groups["email"].Value == adminEmail)
        .Select(match => match.Groups["password"].Value)
        .FirstOrDefault();

    [GeneratedRegex(@"sign in as (?<email>\S+) with the password (?<password>\S+)")]
    private static partial Regex SeedPasswordLine();
}
