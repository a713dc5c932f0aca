namespace ApprenantAgile.Badges.Rdf;

/// <summary>An RDF dataset: the quads of its default graph and named graphs, without duplicates.</summary>
public sealed class RdfDataset
{
    private readonly HashSet<RdfQuad> _seen = [];
    private readonly List<RdfQuad> _quads = [];

    public IReadOnlyList<RdfQuad> Quads => _quads;

    /// <summary>Adds the quad unless the dataset already contains it (an RDF dataset is a set).</summary>
    public void Add(RdfQuad quad)
    {
        if (_seen.Add(quad))
        {
            _quads.Add(quad);
        }
    }
}
