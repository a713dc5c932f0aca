using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Rdf;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// JSON-LD 1.1 expansion and conversion to RDF (JSON-LD 1.1 Processing Algorithms and API, W3C
/// Recommendation of 16 July 2020). Compaction, flattening and framing are not implemented.
/// </summary>
public static class JsonLdProcessor
{
    // Processed contexts are cached on the initial context of each loader and base IRI, so that
    // repeated documents with the same "@context" URLs skip context processing. Loaders must
    // therefore return the same document for a URL for as long as they live.
    private static readonly ConditionalWeakTable<IJsonLdDocumentLoader, ConcurrentDictionary<string, ActiveContext>> InitialContexts = new();

    /// <summary>Expands <paramref name="input"/> and returns the expanded document, always an array. The input is not modified.</summary>
    /// <exception cref="JsonLdException">The document or one of its contexts is invalid, a context is unavailable, or safe mode found a term it would drop.</exception>
    public static JsonArray Expand(JsonNode input, JsonLdOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);

        var contexts = new ContextProcessor(options.DocumentLoader, options.MaxRemoteContexts);
        var expander = new JsonLdExpander(contexts, options.SafeMode);
        var expanded = expander.Expand(GetInitialContext(options), null, input, options.Base);

        if (expanded is JsonObject map && map.Count == 1 && map.TryGetPropertyValue("@graph", out var graph))
        {
            map.Remove("@graph");
            expanded = graph;
        }

        return expanded switch
        {
            null => [],
            JsonArray array => array,
            _ => new JsonArray(expanded),
        };
    }

    /// <summary>Expands <paramref name="input"/> and converts it to an RDF dataset (the toRdf method, without rdfDirection or generalized RDF).</summary>
    /// <exception cref="JsonLdException">As for <see cref="Expand"/>; in safe mode also when a statement would be dropped for a relative IRI.</exception>
    public static RdfDataset ToRdf(JsonNode input, JsonLdOptions options)
    {
        var expanded = Expand(input, options);
        return ToRdf(expanded, options.SafeMode);
    }

    /// <summary>Converts an already expanded document to an RDF dataset.</summary>
    public static RdfDataset ToRdf(JsonArray expanded, bool safeMode)
    {
        ArgumentNullException.ThrowIfNull(expanded);

        var generator = new NodeMapGenerator();
        var nodeMap = generator.Generate(expanded);
        return new JsonLdToRdf(safeMode, generator.Issuer).Convert(nodeMap);
    }

    private static ActiveContext GetInitialContext(JsonLdOptions options)
    {
        var byBase = InitialContexts.GetValue(options.DocumentLoader, _ => new ConcurrentDictionary<string, ActiveContext>(StringComparer.Ordinal));
        return byBase.GetOrAdd(options.Base ?? string.Empty, baseIri => new ActiveContext(baseIri.Length == 0 ? null : baseIri));
    }
}
