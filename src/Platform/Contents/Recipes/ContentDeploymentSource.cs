using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Data;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>
/// Exports the latest and the published version of every item that is not removed, as one content
/// step. History versions and removed items are not exported.
/// </summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentDeploymentSource(ContentItemStore store) : IDeploymentSource
{
    public int Order => 200;

    public async Task ExportAsync(IList<JsonObject> steps, CancellationToken cancellationToken)
    {
        var items = await store.ListLatestAndPublishedAsync(cancellationToken);
        var data = new JsonArray(items.Select(i => (JsonNode)ContentItemJson.ToJson(i)).ToArray());
        steps.Add(new JsonObject { ["name"] = ContentStep.Name, ["data"] = data });
    }
}
