namespace ApprenantAgile.Badges.Rdf;

/// <summary>An RDF statement in a dataset; <see cref="Graph"/> is null for the default graph.</summary>
public sealed record RdfQuad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object, RdfTerm? Graph)
{
    public override string ToString() => NQuadsSerializer.SerializeQuad(this);
}
