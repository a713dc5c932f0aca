namespace ApprenantAgile.Badges.Rdf;

public enum RdfTermKind : byte
{
    Iri,
    BlankNode,
    Literal,
}
