using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.Rdf;
using Xunit;

namespace ApprenantAgile.Tests.JsonLd;

public sealed class RdfCanonicalizerTests
{
    private static readonly JsonLdOptions SafeOptions = new(new EmbeddedContextLoader()) { SafeMode = true };

    [Fact]
    public void Canonicalize_VectorDocument_MatchesBytes()
    {
        var credential = OpenBadges3Fixtures.SigningVector["unsignedCredential"]!;

        var canonical = RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(credential, SafeOptions));

        Assert.Equal(OpenBadges3Fixtures.ReadText("ob3-eddsa-rdfc-2022.document-canon.nq"), canonical);
    }

    [Fact]
    public void Canonicalize_VectorProofOptions_MatchesBytes()
    {
        var vector = OpenBadges3Fixtures.SigningVector;
        var proofOptions = vector["proofOptions"]!.DeepClone().AsObject();
        proofOptions["@context"] = vector["unsignedCredential"]!["@context"]!.DeepClone();

        var canonical = RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(proofOptions, SafeOptions));

        Assert.Equal(OpenBadges3Fixtures.ReadText("ob3-eddsa-rdfc-2022.proof-canon.nq"), canonical);
    }

    [Fact]
    public void Canonicalize_RelabelledBlankNodes_SameOutput()
    {
        // Two blank nodes share a first-degree hash, so the N-degree hash must tell them apart.
        var first = Dataset(("x", "y"), ("y", "x"), ("x", "z"));
        var second = Dataset(("q", "p"), ("p", "q"), ("q", "r"));

        // Output of rdf-canonize 5.0.0 (RDFC-1.0) for the first dataset.
        var expected =
            "_:c14n1 <http://example.org/p> _:c14n2 .\n"
            + "_:c14n2 <http://example.org/p> _:c14n0 .\n"
            + "_:c14n2 <http://example.org/p> _:c14n1 .\n";
        Assert.Equal(expected, RdfCanonicalizer.Canonicalize(first));
        Assert.Equal(expected, RdfCanonicalizer.Canonicalize(second));
    }

    [Fact]
    public void Canonicalize_SymmetricCycle_UsesCanonicalLabels()
    {
        var dataset = Dataset(("a", "b"), ("b", "c"), ("c", "a"));

        var canonical = RdfCanonicalizer.Canonicalize(dataset);

        // Output of rdf-canonize 5.0.0 (RDFC-1.0, maxWorkFactor 3) for the same input.
        var expected =
            "_:c14n0 <http://example.org/p> _:c14n1 .\n"
            + "_:c14n1 <http://example.org/p> _:c14n2 .\n"
            + "_:c14n2 <http://example.org/p> _:c14n0 .\n";
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Canonicalize_TwoIdenticalLists_MatchesReference()
    {
        // Twin lists share first-degree hashes, so related hashes mix issued labels and bare hashes.
        const string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        var dataset = new RdfDataset();
        foreach (var list in new[] { "l", "m" })
        {
            dataset.Add(new RdfQuad(RdfTerm.Iri("http://example.org/s"), RdfTerm.Iri("http://example.org/p"), RdfTerm.BlankNode(list + "1"), null));
            string[] items = ["C", "B", "A"];
            for (var i = 0; i < items.Length; i++)
            {
                var node = RdfTerm.BlankNode(list + (i + 1));
                var rest = i + 1 < items.Length ? RdfTerm.BlankNode(list + (i + 2)) : RdfTerm.Iri(rdf + "nil");
                dataset.Add(new RdfQuad(node, RdfTerm.Iri(rdf + "first"), RdfTerm.Literal(items[i], RdfVocabulary.String), null));
                dataset.Add(new RdfQuad(node, RdfTerm.Iri(rdf + "rest"), rest, null));
            }
        }

        var canonical = RdfCanonicalizer.Canonicalize(dataset);

        // Output of rdf-canonize 5.0.0 (RDFC-1.0) for the same input.
        var expected =
            "<http://example.org/s> <http://example.org/p> _:c14n2 .\n"
            + "<http://example.org/s> <http://example.org/p> _:c14n5 .\n"
            + "_:c14n0 <" + rdf + "first> \"B\" .\n"
            + "_:c14n0 <" + rdf + "rest> _:c14n1 .\n"
            + "_:c14n1 <" + rdf + "first> \"A\" .\n"
            + "_:c14n1 <" + rdf + "rest> <" + rdf + "nil> .\n"
            + "_:c14n2 <" + rdf + "first> \"C\" .\n"
            + "_:c14n2 <" + rdf + "rest> _:c14n0 .\n"
            + "_:c14n3 <" + rdf + "first> \"B\" .\n"
            + "_:c14n3 <" + rdf + "rest> _:c14n4 .\n"
            + "_:c14n4 <" + rdf + "first> \"A\" .\n"
            + "_:c14n4 <" + rdf + "rest> <" + rdf + "nil> .\n"
            + "_:c14n5 <" + rdf + "first> \"C\" .\n"
            + "_:c14n5 <" + rdf + "rest> _:c14n3 .\n";
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Canonicalize_PoisonGraph_StopsAtWorkLimit()
    {
        // Ten disjoint 3-cycles: every blank node looks like every other one.
        var edges = new List<(string, string)>();
        for (var cycle = 0; cycle < 10; cycle++)
        {
            edges.Add(($"a{cycle}", $"b{cycle}"));
            edges.Add(($"b{cycle}", $"c{cycle}"));
            edges.Add(($"c{cycle}", $"a{cycle}"));
        }

        var exception = Assert.Throws<RdfCanonicalizationException>(
            () => RdfCanonicalizer.Canonicalize(Dataset([.. edges]), new RdfCanonicalizerOptions { MaxWork = 50 }));

        Assert.Contains("50 units of work", exception.Message);
    }

    [Fact]
    public void Canonicalize_LiteralControlCharacters_Escaped()
    {
        var dataset = new RdfDataset();
        dataset.Add(new RdfQuad(
            RdfTerm.Iri("http://example.org/s"),
            RdfTerm.Iri("http://example.org/p"),
            RdfTerm.Literal("a\"b\\c\nd\re\tf\bg\fh\u0001i\u007Fj\u00e9", RdfVocabulary.String),
            null));

        var canonical = RdfCanonicalizer.Canonicalize(dataset);

        Assert.Equal("<http://example.org/s> <http://example.org/p> \"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u007Fj\u00e9\" .\n", canonical);
    }

    [Fact]
    public void Canonicalize_LiteralKinds_WritesDatatypeAndLanguage()
    {
        var dataset = new RdfDataset();
        var subject = RdfTerm.Iri("http://example.org/s");
        var predicate = RdfTerm.Iri("http://example.org/p");
        dataset.Add(new RdfQuad(subject, predicate, RdfTerm.Literal("chat", RdfVocabulary.LangString, "fr"), RdfTerm.Iri("http://example.org/g")));
        dataset.Add(new RdfQuad(subject, predicate, RdfTerm.Literal("1", RdfVocabulary.Integer), null));

        var canonical = RdfCanonicalizer.Canonicalize(dataset);

        var expected =
            "<http://example.org/s> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            + "<http://example.org/s> <http://example.org/p> \"chat\"@fr <http://example.org/g> .\n";
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void CodePointComparer_SupplementaryCharacter_SortsAfterBmp()
    {
        // U+1F600 is stored as surrogates D83D DE00, which sort before U+FF21 by UTF-16 code unit.
        Assert.True(CodePointComparer.Instance.Compare("\U0001F600", "\uFF21") > 0);
        Assert.True(string.CompareOrdinal("\U0001F600", "\uFF21") < 0);
    }

    private static RdfDataset Dataset(params (string Subject, string Object)[] edges)
    {
        var dataset = new RdfDataset();
        foreach (var (subject, obj) in edges)
        {
            dataset.Add(new RdfQuad(RdfTerm.BlankNode(subject), RdfTerm.Iri("http://example.org/p"), RdfTerm.BlankNode(obj), null));
        }

        return dataset;
    }
}
