using System.Net;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Web.Pilot;

namespace ApprenantAgile.Tests.Pilot;

/// <summary>The pilot network as the "pilot setup" command leaves it, through the real services and pages.</summary>
public sealed class PilotSetupTests(PilotNetworkFixture fixture) : IClassFixture<PilotNetworkFixture>
{
    private static readonly BadgeApplicationStatus[] ExpectedStatuses =
    [
        BadgeApplicationStatus.Draft,
        BadgeApplicationStatus.InReview,
        BadgeApplicationStatus.ChangesRequested,
        BadgeApplicationStatus.Approved,
        BadgeApplicationStatus.Refused,
    ];

    [Fact]
    public async Task First_run_creates_populated_centres()
    {
        var run = fixture.FirstRun;
        const int count = PilotNetworkFixture.CentreCount;

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"{count} centres créés, 0 déjà présents, {count * 7} comptes créés, {count * 5} demandes créées, {count} badges délivrés", run.Output);
        Assert.Equal(TenantState.Running, fixture.TenantHost.FindSettings(TenantSettings.DefaultTenantName)?.State);
        Assert.Null(fixture.TenantHost.FindSettings(PilotNetworkFixture.Network.Centres[count].Name));
        foreach (var centre in fixture.Centres)
        {
            var (users, applications) = await fixture.ReadCentreAsync(centre.Name);
            Assert.Equal(TenantState.Running, fixture.TenantHost.FindSettings(centre.Name)?.State);
            Assert.Equal(1 + PilotNetworkDescription.TrainersPerCentre + ExpectedStatuses.Length, users);
            Assert.Equal(ExpectedStatuses, applications.Select(a => a.Status).Order());
        }
    }

    [Fact]
    public async Task Second_run_adds_nothing()
    {
        var before = new Dictionary<string, (int Users, IReadOnlyList<BadgeApplication> Applications)>();
        foreach (var centre in fixture.Centres)
        {
            before[centre.Name] = await fixture.ReadCentreAsync(centre.Name);
        }

        var run = await fixture.RunSetupAsync();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"0 centres créés, {PilotNetworkFixture.CentreCount} déjà présents, 0 comptes créés, 0 demandes créées, 0 badges délivrés", run.Output);
        foreach (var centre in fixture.Centres)
        {
            var (users, applications) = await fixture.ReadCentreAsync(centre.Name);
            Assert.Equal(before[centre.Name].Users, users);
            Assert.Equal(before[centre.Name].Applications.Select(a => (a.Id, a.Status)), applications.Select(a => (a.Id, a.Status)));
        }
    }

    [Fact]
    public async Task Approved_application_badge_verifies()
    {
        var centre = PilotNetworkFixture.Network.Centres[0].Name;
        var approved = (await fixture.ReadCentreAsync(centre)).Applications.Single(a => a.Status == BadgeApplicationStatus.Approved);
        using var client = fixture.CreateClientForHost(PlatformFactory.NationalHost);

        var response = await TestUsers.PostFormAsync(client, $"/{centre}/verifier",
            new Dictionary<string, string> { ["Url"] = approved.AssertionUrl!, ["Email"] = approved.ApplicantEmail });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce badge est valide.", page);
        Assert.Contains("Le badge a été délivré à cette adresse e-mail.", page);
        Assert.Contains(approved.BadgeName, page);
    }

    [Fact]
    public async Task Learner_sees_trainer_request_after_sign_in()
    {
        var centre = PilotNetworkFixture.Network.Centres[1].Name;
        var learner = PilotNetworkFixture.Network.PeopleOf(1).Single(p => p.Scenario == PilotScenario.ChangesRequested);
        var application = (await fixture.ReadCentreAsync(centre)).Applications.Single(a => a.Status == BadgeApplicationStatus.ChangesRequested);
        using var client = fixture.CreateClientForHost(PlatformFactory.NationalHost);

        await TestUsers.SignInAsync(client, "/" + centre, learner.UserName, PilotNetworkFixture.Password);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/{centre}/mes-demandes/{application.Id}"));

        Assert.Contains("Ajoutez une photo ou un document qui montre le résultat.", page);
    }
}
