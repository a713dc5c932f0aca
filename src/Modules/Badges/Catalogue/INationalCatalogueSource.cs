using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Reads the national tenant's public catalogue document (see <see cref="CatalogueJsonBuilder"/>).</summary>
public interface INationalCatalogueSource
{
    /// <summary>Returns the document, or null when the national site is not set up yet.</summary>
    Task<JsonObject?> GetAsync(CancellationToken cancellationToken);
}
