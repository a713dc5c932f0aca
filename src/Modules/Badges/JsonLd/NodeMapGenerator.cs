using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Rdf;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Node Map Generation, JSON-LD 1.1 Processing Algorithms section 7.2.2: flattens expanded JSON-LD
/// into nodes per graph, relabelling blank nodes "_:b0", "_:b1", ... in document order.
/// </summary>
internal sealed class NodeMapGenerator
{
    private readonly NodeMap _nodeMap = new();
    private readonly IdentifierIssuer _issuer = new("_:b");

    public IdentifierIssuer Issuer => _issuer;

    public NodeMap Generate(JsonArray expanded)
    {
        _nodeMap.GetOrAddGraph(JsonLdKeywords.Default);
        Visit(expanded, JsonLdKeywords.Default, null, null, null);
        return _nodeMap;
    }

    /// <param name="activeSubject">Identifier of the subject, or the referencing node of a reverse property.</param>
    private void Visit(JsonNode? element, string activeGraph, object? activeSubject, string? activeProperty, NodeMapList? list)
    {
        if (element is JsonArray array)
        {
            foreach (var item in array)
            {
                Visit(item, activeGraph, activeSubject, activeProperty, list);
            }

            return;
        }

        if (element is not JsonObject map)
        {
            return;
        }

        var graph = _nodeMap.GetOrAddGraph(activeGraph);
        var subjectNode = activeSubject is string subjectId ? graph[subjectId] : null;

        if (map.ContainsKey(JsonLdKeywords.Value))
        {
            // Value objects are stored as they are; blank node datatypes are not produced by expansion.
            if (list is not null)
            {
                list.Items.Add(map);
            }
            else
            {
                AddUnlessPresent(subjectNode!.GetOrAddProperty(activeProperty!), map);
            }

            return;
        }

        if (map.TryGetPropertyValue(JsonLdKeywords.List, out var listItems))
        {
            var newList = new NodeMapList();
            Visit(listItems, activeGraph, activeSubject, activeProperty, newList);
            if (list is not null)
            {
                list.Items.Add(newList);
            }
            else
            {
                subjectNode!.GetOrAddProperty(activeProperty!).Add(newList);
            }

            return;
        }

        VisitNode(map, graph, activeGraph, activeSubject, subjectNode, activeProperty, list);
    }

    private void VisitNode(
        JsonObject map,
        Dictionary<string, NodeMapNode> graph,
        string activeGraph,
        object? activeSubject,
        NodeMapNode? subjectNode,
        string? activeProperty,
        NodeMapList? list)
    {
        var id = map[JsonLdKeywords.Id] is JsonValue idValue && idValue.GetValueKind() == JsonValueKind.String
            ? idValue.GetValue<string>()
            : null;
        id = id is null ? _issuer.IssueNew() : Relabel(id);

        if (!graph.TryGetValue(id, out var node))
        {
            node = new NodeMapNode(id);
            graph.Add(id, node);
        }

        if (activeSubject is NodeReference referencingNode)
        {
            AddUnlessPresent(node.GetOrAddProperty(activeProperty!), referencingNode);
        }
        else if (activeProperty is not null)
        {
            var reference = new NodeReference(id);
            if (list is not null)
            {
                list.Items.Add(reference);
            }
            else
            {
                AddUnlessPresent(subjectNode!.GetOrAddProperty(activeProperty), reference);
            }
        }

        if (map[JsonLdKeywords.Type] is JsonArray types)
        {
            foreach (var type in types)
            {
                var typeIri = Relabel(type!.GetValue<string>());
                if (!node.Types.Contains(typeIri))
                {
                    node.Types.Add(typeIri);
                }
            }
        }

        if (map[JsonLdKeywords.Index] is JsonValue index)
        {
            var indexText = index.GetValue<string>();
            if (node.Index is not null && node.Index != indexText)
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.ConflictingIndexes,
                    $"The node '{id}' has two different \"@index\" values: '{node.Index}' and '{indexText}'.");
            }

            node.Index = indexText;
        }

        if (map[JsonLdKeywords.Reverse] is JsonObject reverseMap)
        {
            var referenced = new NodeReference(id);
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in (JsonArray)values!)
                {
                    Visit(value, activeGraph, referenced, property, null);
                }
            }
        }

        if (map.TryGetPropertyValue(JsonLdKeywords.Graph, out var graphContent))
        {
            _nodeMap.GetOrAddGraph(id);
            Visit(graphContent, id, null, null, null);
        }

        if (map.TryGetPropertyValue(JsonLdKeywords.Included, out var included))
        {
            Visit(included, activeGraph, null, null, null);
        }

        foreach (var (property, value) in map)
        {
            if (JsonLdKeywords.IsKeyword(property))
            {
                continue;
            }

            var propertyIri = Relabel(property);
            node.GetOrAddProperty(propertyIri);
            Visit(value, activeGraph, id, propertyIri, null);
        }
    }

    private string Relabel(string identifier) => Iri.IsBlankNodeIdentifier(identifier) ? _issuer.Issue(identifier) : identifier;

    private static void AddUnlessPresent(List<object> values, object value)
    {
        foreach (var existing in values)
        {
            var same = (existing, value) switch
            {
                (NodeReference a, NodeReference b) => a == b,
                (JsonObject a, JsonObject b) => JsonNode.DeepEquals(a, b),
                _ => false,
            };
            if (same)
            {
                return;
            }
        }

        values.Add(value);
    }
}
