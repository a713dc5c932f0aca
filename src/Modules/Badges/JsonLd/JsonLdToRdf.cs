using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Rdf;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Deserialize JSON-LD to RDF, JSON-LD 1.1 Processing Algorithms section 8.1: turns a node map into
/// an RDF dataset. Statements with relative IRIs are dropped, or raise an error in safe mode.
/// Base directions are ignored (the rdfDirection option is not supported), as with rdfDirection null.
/// </summary>
internal sealed partial class JsonLdToRdf
{
    private readonly bool _safeMode;
    private readonly IdentifierIssuer _issuer;
    private readonly RdfDataset _dataset = new();

    public JsonLdToRdf(bool safeMode, IdentifierIssuer issuer)
    {
        _safeMode = safeMode;
        _issuer = issuer;
    }

    public RdfDataset Convert(NodeMap nodeMap)
    {
        foreach (var (graphName, graph) in nodeMap.Graphs)
        {
            RdfTerm? graphTerm = null;
            if (graphName != JsonLdKeywords.Default)
            {
                graphTerm = ToResource(graphName, "graph name");
                if (graphTerm is null)
                {
                    continue;
                }
            }

            foreach (var (subject, node) in graph)
            {
                var subjectTerm = ToResource(subject, "subject");
                if (subjectTerm is null)
                {
                    continue;
                }

                AddNodeStatements(node, subjectTerm, graphTerm);
            }
        }

        return _dataset;
    }

    private void AddNodeStatements(NodeMapNode node, RdfTerm subject, RdfTerm? graph)
    {
        var rdfType = RdfTerm.Iri(RdfVocabulary.Type);
        foreach (var type in node.Types)
        {
            var typeTerm = ToResource(type, "type");
            if (typeTerm is not null)
            {
                _dataset.Add(new RdfQuad(subject, rdfType, typeTerm, graph));
            }
        }

        foreach (var (property, values) in node.Properties)
        {
            if (Iri.IsBlankNodeIdentifier(property))
            {
                // Blank node predicates are generalized RDF, which this conversion never produces.
                FailInSafeMode($"The property '{property}' is a blank node, which RDF does not allow as a predicate.");
                continue;
            }

            var predicate = ToResource(property, "property");
            if (predicate is null)
            {
                continue;
            }

            foreach (var value in values)
            {
                var objectTerm = ToObject(value, graph);
                if (objectTerm is not null)
                {
                    _dataset.Add(new RdfQuad(subject, predicate, objectTerm, graph));
                }
            }
        }
    }

    private RdfTerm? ToObject(object value, RdfTerm? graph)
    {
        return value switch
        {
            NodeReference reference => ToResource(reference.Id, "object"),
            NodeMapList list => ToList(list, graph),
            JsonObject valueObject => ToLiteral(valueObject),
            _ => throw new InvalidOperationException($"Unexpected node map value of type {value.GetType().Name}."),
        };
    }

    private RdfTerm ToList(NodeMapList list, RdfTerm? graph)
    {
        if (list.Items.Count == 0)
        {
            return RdfTerm.Iri(RdfVocabulary.Nil);
        }

        var nodes = new RdfTerm[list.Items.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = RdfTerm.BlankNode(_issuer.IssueNew()[2..]);
        }

        var first = RdfTerm.Iri(RdfVocabulary.First);
        var rest = RdfTerm.Iri(RdfVocabulary.Rest);
        for (var i = 0; i < nodes.Length; i++)
        {
            var item = ToObject(list.Items[i], graph);
            if (item is not null)
            {
                _dataset.Add(new RdfQuad(nodes[i], first, item, graph));
            }

            var next = i + 1 < nodes.Length ? nodes[i + 1] : RdfTerm.Iri(RdfVocabulary.Nil);
            _dataset.Add(new RdfQuad(nodes[i], rest, next, graph));
        }

        return nodes[0];
    }

    private RdfTerm? ToLiteral(JsonObject item)
    {
        var value = item[JsonLdKeywords.Value];
        var datatype = item[JsonLdKeywords.Type]?.GetValue<string>();
        var language = item[JsonLdKeywords.Language]?.GetValue<string>();

        if (datatype is not null && datatype != JsonLdKeywords.Json && !Iri.IsWellFormed(datatype))
        {
            FailInSafeMode($"The datatype '{datatype}' of the value {item.ToJsonString()} is not an absolute IRI.");
            return null;
        }

        if (language is not null && !LanguageTagPattern().IsMatch(language))
        {
            FailInSafeMode($"The language tag '{language}' of the value {item.ToJsonString()} is not a well-formed BCP 47 tag.");
            return null;
        }

        if (datatype == JsonLdKeywords.Json)
        {
            return RdfTerm.Literal(JsonCanonicalizer.Serialize(value), RdfVocabulary.Json);
        }

        switch (value!.GetValueKind())
        {
            case JsonValueKind.True:
            case JsonValueKind.False:
                return RdfTerm.Literal(value.GetValue<bool>() ? "true" : "false", datatype ?? RdfVocabulary.Boolean);

            case JsonValueKind.Number:
                var number = JsonCanonicalizer.ReadNumber(value);
                if (number % 1 != 0 || Math.Abs(number) >= 1e21 || datatype == RdfVocabulary.Double)
                {
                    return RdfTerm.Literal(XsdDoubleFormatter.Format(number), datatype ?? RdfVocabulary.Double);
                }

                return RdfTerm.Literal(number.ToString("F0", CultureInfo.InvariantCulture), datatype ?? RdfVocabulary.Integer);

            default:
                var text = value.GetValue<string>();
                if (language is not null)
                {
                    return RdfTerm.Literal(text, RdfVocabulary.LangString, language);
                }

                return RdfTerm.Literal(text, datatype ?? RdfVocabulary.String);
        }
    }

    /// <summary>Converts an IRI or blank node identifier; returns null (or raises in safe mode) for a relative IRI.</summary>
    private RdfTerm? ToResource(string identifier, string role)
    {
        if (Iri.IsBlankNodeIdentifier(identifier))
        {
            return RdfTerm.BlankNode(identifier[2..]);
        }

        if (Iri.IsWellFormed(identifier))
        {
            return RdfTerm.Iri(identifier);
        }

        FailInSafeMode(
            $"The {role} '{identifier}' is not an absolute IRI, so its statements would be dropped from the RDF dataset. "
            + "Use absolute IRIs for identifiers and types, or set a base IRI.");
        return null;
    }

    private void FailInSafeMode(string message)
    {
        if (_safeMode)
        {
            throw new JsonLdException(JsonLdErrorCodes.SafeModeViolation, message);
        }
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
