using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Result of Node Map Generation (JSON-LD 1.1 Processing Algorithms, section 7.2): for each graph
/// name ("@default" for the default graph), the nodes of that graph by identifier.
/// </summary>
internal sealed class NodeMap
{
    public Dictionary<string, Dictionary<string, NodeMapNode>> Graphs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, NodeMapNode> GetOrAddGraph(string name)
    {
        if (!Graphs.TryGetValue(name, out var graph))
        {
            graph = new Dictionary<string, NodeMapNode>(StringComparer.Ordinal);
            Graphs.Add(name, graph);
        }

        return graph;
    }
}

/// <summary>A node of a <see cref="NodeMap"/>: its types and, for each property IRI, its values in order.</summary>
internal sealed class NodeMapNode(string id)
{
    public string Id { get; } = id;

    public List<string> Types { get; } = [];

    public string? Index { get; set; }

    /// <summary>Values are <see cref="NodeReference"/>, value objects (<see cref="JsonObject"/>) or <see cref="NodeMapList"/>.</summary>
    public Dictionary<string, List<object>> Properties { get; } = new(StringComparer.Ordinal);

    public List<object> GetOrAddProperty(string property)
    {
        if (!Properties.TryGetValue(property, out var values))
        {
            values = [];
            Properties.Add(property, values);
        }

        return values;
    }
}

/// <summary>A reference to a node by its identifier (IRI or blank node identifier).</summary>
internal sealed record NodeReference(string Id);

/// <summary>An ordered list value (a JSON-LD list object).</summary>
internal sealed class NodeMapList
{
    public List<object> Items { get; } = [];
}
