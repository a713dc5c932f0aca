namespace ApprenantAgile.Badges.Rdf;

/// <summary>Limits of <see cref="RdfCanonicalizer"/>.</summary>
public sealed class RdfCanonicalizerOptions
{
    public static readonly RdfCanonicalizerOptions Default = new();

    /// <summary>
    /// Maximum number of Hash N-Degree Quads calls plus permutations examined before canonicalization
    /// fails. Datasets crafted so that many blank nodes look alike ("poison graphs") need work that grows
    /// factorially, so this bound turns them into an error.
    /// </summary>
    public int MaxWork { get; init; } = 100_000;
}
