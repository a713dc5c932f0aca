using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Document loader that serves only the JSON-LD contexts embedded in this assembly (see
/// Contexts/SOURCES.md) plus documents given to the constructor. It never reaches the network:
/// any other URL raises <see cref="JsonLdException"/>. Thread-safe; each document is parsed once.
/// </summary>
public sealed class EmbeddedContextLoader : IJsonLdDocumentLoader
{
    private const string ResourcePrefix = "ApprenantAgile.Badges.Contexts.";

    private readonly FrozenDictionary<string, Lazy<JsonNode>> _documents;

    public EmbeddedContextLoader(
        Ob303Revision ob303Revision = Ob303Revision.Published,
        IReadOnlyDictionary<string, JsonNode>? additionalDocuments = null)
    {
        var ob303File = ob303Revision == Ob303Revision.Published
            ? "ob-v3p0-context-3.0.3.json"
            : "ob-v3p0-context-3.0.3.revision-2026-07.json";
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["https://www.w3.org/ns/credentials/v2"] = "credentials-v2.jsonld",
            ["https://www.w3.org/2018/credentials/v1"] = "2018-credentials-v1.jsonld",
            ["https://w3id.org/security/data-integrity/v1"] = "data-integrity-v1.jsonld",
            ["https://w3id.org/security/data-integrity/v2"] = "data-integrity-v2.jsonld",
            ["https://www.w3.org/ns/did/v1"] = "did-v1.jsonld",
            ["https://w3id.org/security/suites/ed25519-2020/v1"] = "suites-ed25519-2020.jsonld",
            ["https://www.w3.org/ns/credentials/status/v1"] = "credentials-status-v1.jsonld",
            ["https://purl.imsglobal.org/spec/ob/v3p0/context.json"] = "ob-v3p0-context-3.0.0.json",
            ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"] = "ob-v3p0-context-3.0.1.json",
            ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"] = "ob-v3p0-context-3.0.2.json",
            ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"] = ob303File,
            ["https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"] = "ob-v3p0-extensions.json",
            ["https://w3id.org/openbadges/v2"] = "openbadges-v2.jsonld",
        };

        var documents = new Dictionary<string, Lazy<JsonNode>>(StringComparer.Ordinal);
        foreach (var (url, file) in files)
        {
            documents[url] = new Lazy<JsonNode>(() => ReadResource(file), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        foreach (var (url, document) in additionalDocuments ?? new Dictionary<string, JsonNode>())
        {
            var copy = document.DeepClone();
            Materialize(copy);
            documents[url] = new Lazy<JsonNode>(copy);
        }

        _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>URLs this loader serves.</summary>
    public IEnumerable<string> Urls => _documents.Keys;

    public RemoteDocument LoadDocument(string url)
    {
        if (!_documents.TryGetValue(url, out var document))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.LoadingDocumentFailed,
                $"The JSON-LD document '{url}' is not available offline: this loader never uses the network "
                + $"and serves only {string.Join(", ", _documents.Keys.Order(StringComparer.Ordinal))}. "
                + "Use one of these context URLs, or embed the document under src/Modules/Badges/Contexts "
                + "and map its URL in EmbeddedContextLoader.");
        }

        return new RemoteDocument(url, document.Value);
    }

    private static JsonNode ReadResource(string file)
    {
        var assembly = typeof(EmbeddedContextLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{ResourcePrefix + file}' is missing from {assembly.GetName().Name}. "
                + "Check that the Badges project embeds Contexts/**/*.json*.");
        var node = JsonNode.Parse(stream)
            ?? throw new InvalidOperationException($"The embedded context '{file}' contains JSON null.");
        Materialize(node);
        return node;
    }

    // JsonNode.Parse builds child nodes lazily on first read, and that first read is not thread-safe.
    // Walking the tree once here makes later concurrent reads of the shared document safe.
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    Materialize(property.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }
}
