using System.Text.Json.Nodes;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.Rdf;
using Xunit;

namespace ApprenantAgile.Tests.JsonLd;

public sealed class JsonLdToRdfTests
{
    private const string Context = """
        {
          "@version": 1.1,
          "ex": "http://example.org/",
          "list": { "@id": "ex:list", "@container": "@list" },
          "data": { "@id": "ex:data", "@type": "@json" },
          "label": { "@id": "ex:label", "@container": "@language" },
          "graph": { "@id": "ex:graph", "@type": "@id", "@container": "@graph" },
          "number": "ex:number",
          "flag": "ex:flag",
          "when": { "@id": "ex:when", "@type": "http://www.w3.org/2001/XMLSchema#dateTime" }
        }
        """;

    [Fact]
    public void ToRdf_List_BuildsFirstRestChain()
    {
        var nquads = Canonical("""{ "@id": "http://example.org/s", "list": ["a", "b"] }""");

        // Same output as jsonld 9.0.0 canonize for this document.
        var expected =
            "<http://example.org/s> <http://example.org/list> _:c14n1 .\n"
            + "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"b\" .\n"
            + "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n"
            + "_:c14n1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"a\" .\n"
            + "_:c14n1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c14n0 .\n";
        Assert.Equal(expected, nquads);
    }

    [Fact]
    public void ToRdf_EmptyList_IsNil()
    {
        var nquads = Canonical("""{ "@id": "http://example.org/s", "list": [] }""");

        Assert.Equal("<http://example.org/s> <http://example.org/list> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n", nquads);
    }

    [Fact]
    public void ToRdf_JsonLiteral_IsCanonicalJson()
    {
        var nquads = Canonical("""{ "@id": "http://example.org/s", "data": { "b": [1.0, 1e21, "x"], "a": true } }""");

        Assert.Equal("<http://example.org/s> <http://example.org/data> \"{\\\"a\\\":true,\\\"b\\\":[1,1e+21,\\\"x\\\"]}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .\n", nquads);
    }

    [Theory]
    [InlineData("5", "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("5.0", "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("-12", "\"-12\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("1.1", "\"1.1E0\"^^<http://www.w3.org/2001/XMLSchema#double>")]
    [InlineData("0.000123", "\"1.23E-4\"^^<http://www.w3.org/2001/XMLSchema#double>")]
    [InlineData("1e21", "\"1.0E21\"^^<http://www.w3.org/2001/XMLSchema#double>")]
    [InlineData("true", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    public void ToRdf_NativeValue_UsesCanonicalLexicalForm(string json, string expectedObject)
    {
        var nquads = Canonical($$"""{ "@id": "http://example.org/s", "number": {{json}} }""");

        Assert.Equal($"<http://example.org/s> <http://example.org/number> {expectedObject} .\n", nquads);
    }

    [Fact]
    public void ToRdf_LanguageMap_WritesLanguageTags()
    {
        var nquads = Canonical("""{ "@id": "http://example.org/s", "label": { "fr": "chat", "EN-us": ["cat"] } }""");

        // Language tags are lowercased, as jsonld 9.0.0 does.
        var expected =
            "<http://example.org/s> <http://example.org/label> \"cat\"@en-us .\n"
            + "<http://example.org/s> <http://example.org/label> \"chat\"@fr .\n";
        Assert.Equal(expected, nquads);
    }

    [Fact]
    public void ToRdf_GraphContainer_UsesNamedGraph()
    {
        var nquads = Canonical("""{ "@id": "http://example.org/s", "graph": { "flag": false, "when": "2020-01-01T00:00:00Z" } }""");

        // Same output as jsonld 9.0.0 canonize for this document.
        var expected =
            "<http://example.org/s> <http://example.org/graph> _:c14n1 .\n"
            + "_:c14n0 <http://example.org/flag> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean> _:c14n1 .\n"
            + "_:c14n0 <http://example.org/when> \"2020-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> _:c14n1 .\n";
        Assert.Equal(expected, nquads);
    }

    [Fact]
    public void ToRdf_SignedCredential_ProofInNamedGraph()
    {
        var signed = OpenBadges3Fixtures.SigningVector["signedCredential"]!;
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };

        var dataset = JsonLdProcessor.ToRdf(signed, options);

        var proofLink = Assert.Single(dataset.Quads, q => q.Predicate.Value == "https://w3id.org/security#proof");
        Assert.True(proofLink.Object.IsBlankNode);
        Assert.Contains(dataset.Quads, q => q.Graph == proofLink.Object && q.Predicate.Value == "https://w3id.org/security#proofValue");
    }

    [Fact]
    public void Expand_CompactIriAndVocab_ExpandsProperties()
    {
        var document = JsonNode.Parse("""
            { "@context": { "@vocab": "http://vocab.example/", "ex": "http://example.org/" },
              "@id": "ex:s", "ex:p": "v", "q": "w" }
            """)!;

        var expanded = JsonLdProcessor.Expand(document, new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true });

        var node = Assert.Single(expanded)!.AsObject();
        Assert.Equal("http://example.org/s", node["@id"]!.GetValue<string>());
        Assert.True(node.ContainsKey("http://example.org/p"));
        Assert.True(node.ContainsKey("http://vocab.example/q"));
    }

    private static string Canonical(string body)
    {
        var document = JsonNode.Parse(body)!.AsObject();
        document["@context"] = JsonNode.Parse(Context);
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };
        return RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(document, options));
    }
}
