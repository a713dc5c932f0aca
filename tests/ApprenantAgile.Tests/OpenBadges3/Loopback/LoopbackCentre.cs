using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Endorsements;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.OpenBadges3.Loopback;

/// <summary>
/// A centre on <see cref="LoopbackPlatformFactory"/>: the national tenant is set up with the national recipe, then
/// the centre is created by the tenant manager with the shipped centre recipe, which copies the national catalogue.
/// Badges are issued by the platform's one issuing service, the one the review workflow, the admin and the CSV
/// import call.
/// </summary>
public sealed class LoopbackCentre : IAsyncLifetime
{
    public const string BadgeSlug = "communication-batisseur";

    public LoopbackPlatformFactory Factory { get; } = new();

    public string Name { get; } = PlatformFactory.UniqueTenantName("boucle");

    /// <summary>The centre's public base URL, such as "http://127.0.0.1:41234/boucle-1a2b3c4d".</summary>
    public string BaseUrl => $"{Factory.Origin}/{Name}";

    public string IssuerId => $"{BaseUrl}/ob3/issuer";

    public string StatusListUrl => $"{BaseUrl}/ob3/status/revocation";

    /// <summary>A client of the server's TCP port, as any other process would connect.</summary>
    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        Factory.StartServer();
        await using var scope = Factory.Services.CreateAsyncScope();
        var setup = await scope.ServiceProvider.GetRequiredService<TenantSetupService>().SetupAsync(
            TenantSettings.DefaultTenantName,
            new SetupRequest { SiteName = "Réseau national des APP", AdminEmail = "admin@national.test", RecipeName = "national" });
        Assert.True(setup.Succeeded, "Setting up the national tenant failed: " + string.Join("; ", setup.Errors));

        var created = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(new TenantCreateRequest
        {
            Name = Name,
            RequestUrlPrefix = Name,
            SiteName = "APP de la boucle locale",
            AdminEmail = $"direction@{Name}.example.org",
            RecipeName = "centre",
            DatabaseProvider = DatabaseProvider.Sqlite,
        });
        Assert.True(created.Succeeded, $"Creating the centre {Name} failed: " + string.Join("; ", created.Errors.Select(e => e.Message)));
    }

    /// <summary>Issues the class <see cref="BadgeSlug"/> to <paramref name="email"/> and returns the credential's URL.</summary>
    public async Task<string> IssueAsync(string email)
    {
        var result = await WithScopeAsync(async services =>
        {
            var classes = await services.GetRequiredService<IBadgeClassProvider>().ListAsync();
            var badgeClass = classes.SingleOrDefault(c => c.Slug == BadgeSlug);
            Assert.True(badgeClass is not null, $"The centre's catalogue has no class '{BadgeSlug}'; it has {classes.Count}. Did the centre recipe copy the national catalogue?");
            return await services.GetRequiredService<IBadgeIssuer>().IssueAsync(new IssueRequest
            {
                BadgeClassId = badgeClass.Id,
                RecipientEmail = email,
                RecipientName = "Émilie Lefèvre",
                SourceKey = "test:" + Guid.NewGuid().ToString("N"),
                Narrative = "A animé une réunion d’équipe.",
            });
        });

        return Ob3Http.CredentialUrl(result.AssertionUrl);
    }

    public Task<JsonObject> GetCredentialAsync(string credentialUrl) => Ob3Http.GetAsync(Client, credentialUrl);

    public async Task RevokeAsync(string credentialUrl)
    {
        var assertionId = credentialUrl.Split('/').Last();
        var outcome = await WithScopeAsync(services => services.GetRequiredService<AssertionRevoker>().RevokeAsync(assertionId, "Délivré par erreur.", "test", CancellationToken.None));
        Assert.Equal(RevocationOutcome.Revoked, outcome);
    }

    public Task<IssuerPublicKey> RotateEd25519KeyAsync() =>
        WithScopeAsync(services => services.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Ed25519));

    /// <summary>
    /// Endorses, as the national tenant, one of the centre's classes other than <see cref="BadgeSlug"/> (so that the
    /// credentials other tests issue stay without endorsement) and returns the endorsement's URL.
    /// </summary>
    public async Task<string> EndorseOtherClassAsync(string comment)
    {
        var badgeSlugId = await WithScopeAsync(async services =>
            (await services.GetRequiredService<IBadgeClassProvider>().ListAsync()).Single(c => c.Slug == BadgeSlug).Id);

        await using var scope = await Factory.TenantHost.CreateScopeAsync(TenantSettings.DefaultTenantName);
        var services = scope.ServiceProvider;
        var centre = await services.GetRequiredService<EndorsableCentres>().FindAsync(Name, CancellationToken.None);
        Assert.True(centre is not null, $"The national tenant does not see the centre {Name} as endorsable.");
        var target = centre.Targets.First(t => t.Kind == EndorsementSubjectKind.Achievement && t.BadgeClassId != badgeSlugId);
        var endorsement = await services.GetRequiredService<EndorsementIssuer>().EndorseAsync(Name, target, comment, "test", CancellationToken.None);
        return services.GetRequiredService<Ob3Urls>().Endorsement(endorsement.Id).AbsoluteUri;
    }

    /// <summary>Withdraws, as the national tenant, the endorsement served at <paramref name="endorsementUrl"/>.</summary>
    public async Task WithdrawEndorsementAsync(string endorsementUrl)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(TenantSettings.DefaultTenantName);
        var withdrawn = await scope.ServiceProvider.GetRequiredService<EndorsementIssuer>().WithdrawAsync(endorsementUrl.Split('/').Last(), "test", CancellationToken.None);
        Assert.True(withdrawn, $"The endorsement {endorsementUrl} was not found or already withdrawn.");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Name);
        return await action(scope.ServiceProvider);
    }
}
