using System.Net;
using ApprenantAgile.Badges.Baking;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;

namespace ApprenantAgile.Tests.OpenBadges3;

public sealed class MyBadgesOb3Tests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Learner_downloads_v3_files(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var login = "apprenant" + Guid.NewGuid().ToString("N")[..8];
        var email = login + "@exemple.fr";
        await TestUsers.CreateAsync(factory, tenant.Name, login, [], email: email);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, email));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, "/" + tenant.Name, login);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/{tenant.Name}/mes-badges"));
        var credentialPath = $"/{tenant.Name}/ob3/credentials/{issued.AssertionId}";
        var png = await client.GetByteArrayAsync(credentialPath + "/credential.png");
        var json = await client.GetStringAsync(credentialPath + "/credential.json");

        Assert.Contains($"href=\"{credentialPath}/credential.png\"", page);
        Assert.Contains($"href=\"{credentialPath}/credential.svg\"", page);
        Assert.Contains($"href=\"{credentialPath}/credential.json\"", page);
        Assert.Contains($"href=\"{credentialPath}/credential.jwt\"", page);
        Assert.Contains("Télécharger l’image Open Badges 3.0 (PNG)", page);
        Assert.Equal(json, PngBaker.Unbake(png, "openbadgecredential"));
    }
}
