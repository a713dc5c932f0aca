using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Web.Cli;
using ApprenantAgile.Web.Pilot;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Pilot;

/// <summary>
/// A new SQLite installation on which the "pilot setup" command ran once, with the first
/// <see cref="CentreCount"/> of the 20 centres to keep the tests short.
/// </summary>
public sealed class PilotNetworkFixture : PlatformFactory, IAsyncLifetime
{
    public const int CentreCount = 3;
    public const string Password = "Mot de passe du pilote 2026";

    public static readonly PilotNetworkDescription Network = PilotNetworkDescription.Load();

    public (int ExitCode, string Output, string Error) FirstRun { get; private set; }

    public IEnumerable<PilotCentre> Centres => Network.Centres.Take(CentreCount);

    public async Task InitializeAsync() => FirstRun = await RunSetupAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs "pilot setup --centres 3 --password …" through the host's command, as an operator would.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunSetupAsync()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PilotCommandHost.RunAsync(Services,
            ["pilot", "setup", "--centres", CentreCount.ToString(), "--password", Password], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Reads a centre's user count and its applications, ordered by id.</summary>
    public async Task<(int Users, IReadOnlyList<BadgeApplication> Applications)> ReadCentreAsync(string centre)
    {
        await using var scope = await TenantHost.CreateScopeAsync(centre);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var users = await db.Set<User>().CountAsync();
        var applications = await db.Set<BadgeApplication>().AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        return (users, applications);
    }
}
