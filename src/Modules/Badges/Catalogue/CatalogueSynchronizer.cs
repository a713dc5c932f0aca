using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// Copies the national catalogue into the current centre: read-only BadgeClass items with
/// IsNational set, keeping the national slug and content item id, and the catalogue version.
/// </summary>
public sealed class CatalogueSynchronizer(
    INationalCatalogueSource source,
    CatalogueImporter importer,
    ITenantAccessor tenantAccessor,
    ILogger<CatalogueSynchronizer> logger)
{
    /// <summary>Returns what changed, or null when the national site has no catalogue to copy yet.</summary>
    public async Task<CatalogueImportResult?> SynchronizeAsync(CancellationToken cancellationToken)
    {
        var tenant = tenantAccessor.Current;
        if (tenant.Settings.IsDefault)
        {
            throw new InvalidOperationException("The national tenant owns the catalogue and cannot synchronise it from itself. Run the BadgeCatalogue recipe step there instead.");
        }

        var document = await source.GetAsync(cancellationToken);
        if (document is null)
        {
            logger.LogWarning("Tenant {Tenant}: the national catalogue is not available yet, nothing was synchronised", tenant.Name);
            return null;
        }

        var catalogue = CatalogueJsonReader.Read(document);
        logger.LogInformation("Tenant {Tenant}: synchronising national catalogue {Version} with {BadgeCount} classes",
            tenant.Name, catalogue.Version, catalogue.Badges.Count);
        return await importer.ImportAsync(catalogue, cancellationToken);
    }
}
