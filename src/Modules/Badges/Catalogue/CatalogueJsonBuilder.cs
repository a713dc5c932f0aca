using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Platform.Documents;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// Builds the public catalogue document of the current tenant, served at <see cref="CatalogueUrls.CatalogueJson"/>:
/// <c>{ "catalogueVersion", "framework", "levels", "families", "badgeClasses": [OB 2.0 BadgeClass…] }</c>,
/// with the published national classes only.
/// </summary>
public sealed class CatalogueJsonBuilder(BadgeClassStore store, IDocumentStore documents, BadgeClassDocumentBuilder classes)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<JsonObject> BuildAsync(CancellationToken cancellationToken)
    {
        var catalogue = await documents.GetAsync<CatalogueDocument>(cancellationToken);
        var national = (await store.ListAsync(publishedOnly: true, cancellationToken)).Where(c => c.Part.IsNational);

        return new JsonObject
        {
            ["catalogueVersion"] = catalogue.Version,
            ["framework"] = JsonSerializer.SerializeToNode(catalogue.Framework, JsonOptions),
            ["levels"] = JsonSerializer.SerializeToNode(catalogue.Levels, JsonOptions),
            ["families"] = JsonSerializer.SerializeToNode(catalogue.Families, JsonOptions),
            ["badgeClasses"] = new JsonArray(national.Select(c => (JsonNode)classes.Build(c)).ToArray()),
        };
    }
}
