using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// Lists the centres of this process that the national tenant can endorse, and reads one centre's issuer profile
/// and published badge classes in the centre's own scope, so that subject ids are the ones its credentials carry.
/// </summary>
public sealed class EndorsableCentres(TenantHost host)
{
    /// <summary>Returns the names of the running tenants other than the national one, sorted; their features are checked on <see cref="FindAsync"/>.</summary>
    public IReadOnlyList<string> ListNames() => host.AllSettings
        .Where(s => !s.IsDefault && s.State == TenantState.Running)
        .Select(s => s.Name)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Returns the centre named <paramref name="tenantName"/>, or null when there is no such running centre with the Badges feature.</summary>
    public async Task<EndorsableCentre?> FindAsync(string tenantName, CancellationToken cancellationToken)
    {
        var settings = host.FindSettings(tenantName);
        if (settings is not { State: TenantState.Running } || settings.IsDefault)
        {
            return null;
        }

        await using var scope = await host.CreateScopeAsync(tenantName);
        if (!scope.Context.IsFeatureEnabled(BadgesFeature.Id))
        {
            return null;
        }

        var services = scope.ServiceProvider;
        var urls = services.GetRequiredService<Ob3Urls>();
        var issuer = await services.GetRequiredService<IIssuerProfileProvider>().GetAsync(cancellationToken);
        var classes = await services.GetRequiredService<IBadgeClassProvider>().ListAsync(cancellationToken);

        var targets = new List<EndorsementTarget> { new(EndorsementSubjectKind.Profile, null, urls.Issuer.AbsoluteUri, issuer.Name) };
        targets.AddRange(classes
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new EndorsementTarget(EndorsementSubjectKind.Achievement, c.Id, urls.Achievement(c.Id, c.CatalogueVersion).AbsoluteUri, c.Name)));
        return new EndorsableCentre(tenantName, issuer.Name, targets);
    }
}
