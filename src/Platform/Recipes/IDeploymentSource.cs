using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>Adds a tenant's data of one kind to an exported recipe, as steps that its handler can import.</summary>
public interface IDeploymentSource
{
    /// <summary>Lower values export first, so that imports meet definitions before the data that uses them.</summary>
    int Order { get; }

    Task ExportAsync(IList<JsonObject> steps, CancellationToken cancellationToken);
}
