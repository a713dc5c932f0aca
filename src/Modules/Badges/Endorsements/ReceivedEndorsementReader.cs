using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// Reads, for the current centre, the endorsements in force that the national tenant ("Default") of this process
/// signed about it. The national tenant's database is the only copy, so a withdrawal takes effect on the next read.
/// </summary>
/// <remarks>
/// NOTE: like <see cref="Catalogue.InProcessNationalCatalogueSource"/>, this reads the national tenant in-process;
/// a centre whose national site runs in another deployment shows no endorsements.
/// </remarks>
public sealed class ReceivedEndorsementReader(TenantHost host, ITenantAccessor tenantAccessor)
{
    private ReceivedEndorsements? _current;

    /// <summary>Returns the current centre's endorsements, read once per request scope.</summary>
    public async Task<ReceivedEndorsements> ListAsync(CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            return _current;
        }

        var centre = tenantAccessor.Current.Settings;
        var national = host.FindSettings(TenantSettings.DefaultTenantName);
        if (centre.IsDefault || national is not { State: TenantState.Running })
        {
            return _current = ReceivedEndorsements.None;
        }

        await using var scope = await host.CreateScopeAsync(TenantSettings.DefaultTenantName);
        if (!scope.Context.IsFeatureEnabled(BadgesFeature.Id))
        {
            return _current = ReceivedEndorsements.None;
        }

        var rows = await scope.ServiceProvider.GetRequiredService<EndorsementStore>().ListActiveAsync(centre.Name, cancellationToken);
        var urls = scope.ServiceProvider.GetRequiredService<Ob3Urls>();
        var endorsements = rows.Select(row => new ReceivedEndorsement(
            row.Id,
            row.SubjectId,
            EndorsementCredentials.IssuerName(row.CredentialJson),
            row.Comment,
            row.CreatedUtc,
            urls.Endorsement(row.Id),
            row.CredentialJson)).ToList();
        return _current = new ReceivedEndorsements(endorsements);
    }
}
