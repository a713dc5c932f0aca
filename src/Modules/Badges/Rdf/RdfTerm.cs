namespace ApprenantAgile.Badges.Rdf;

/// <summary>
/// An RDF term: an IRI, a blank node (its label without "_:") or a literal with datatype IRI and
/// optional language tag. Immutable; equality compares every field.
/// </summary>
public sealed record RdfTerm
{
    private RdfTerm(RdfTermKind kind, string value, string? datatype, string? language)
    {
        Kind = kind;
        Value = value;
        Datatype = datatype;
        Language = language;
    }

    public RdfTermKind Kind { get; }

    /// <summary>The IRI, the blank node label, or the lexical form of the literal.</summary>
    public string Value { get; }

    /// <summary>Datatype IRI of a literal; null for IRIs and blank nodes.</summary>
    public string? Datatype { get; }

    /// <summary>Language tag of a literal whose datatype is rdf:langString.</summary>
    public string? Language { get; }

    public bool IsBlankNode => Kind == RdfTermKind.BlankNode;

    public static RdfTerm Iri(string iri) => new(RdfTermKind.Iri, iri, null, null);

    public static RdfTerm BlankNode(string label) => new(RdfTermKind.BlankNode, label, null, null);

    public static RdfTerm Literal(string lexicalForm, string datatype, string? language = null)
    {
        if (language is not null && datatype != RdfVocabulary.LangString)
        {
            throw new ArgumentException(
                $"A literal with the language tag '{language}' must have the datatype rdf:langString, not '{datatype}'.",
                nameof(datatype));
        }

        return new RdfTerm(RdfTermKind.Literal, lexicalForm, datatype, language);
    }

    public override string ToString() => NQuadsSerializer.SerializeTerm(this);
}
