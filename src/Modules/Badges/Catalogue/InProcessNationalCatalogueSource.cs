using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Reads the catalogue of the national tenant ("Default") of this process, with the same builder as its public endpoint.</summary>
public sealed class InProcessNationalCatalogueSource(TenantHost host) : INationalCatalogueSource
{
    public async Task<JsonObject?> GetAsync(CancellationToken cancellationToken)
    {
        var national = host.FindSettings(TenantSettings.DefaultTenantName);
        if (national is not { State: TenantState.Running })
        {
            return null;
        }

        await using var scope = await host.CreateScopeAsync(TenantSettings.DefaultTenantName);
        if (!scope.Context.IsFeatureEnabled(BadgesFeature.Id))
        {
            return null;
        }

        var builder = scope.ServiceProvider.GetRequiredService<CatalogueJsonBuilder>();
        return await builder.BuildAsync(cancellationToken);
    }
}
