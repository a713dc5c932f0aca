namespace ApprenantAgile.Badges.Rdf;

/// <summary>Raised when RDFC-1.0 canonicalization cannot finish within <see cref="RdfCanonicalizerOptions.MaxWork"/>.</summary>
public sealed class RdfCanonicalizationException(string message) : Exception(message);
