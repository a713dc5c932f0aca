using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>A term definition of an active context (JSON-LD 1.1 Processing Algorithms, section 4.1).</summary>
internal sealed class TermDefinition
{
    /// <summary>Expanded IRI, keyword or blank node identifier; null when the term is mapped to null (dropped).</summary>
    public string? IriMapping { get; set; }

    public bool IsReverse { get; set; }

    /// <summary>Expanded @type: an IRI, or one of @id, @vocab, @json, @none.</summary>
    public string? TypeMapping { get; set; }

    /// <summary>True when the definition contains @language, in which case <see cref="Language"/> may be null on purpose.</summary>
    public bool HasLanguage { get; set; }

    public string? Language { get; set; }

    public bool HasDirection { get; set; }

    public string? Direction { get; set; }

    /// <summary>True when the definition contains @context, in which case <see cref="LocalContext"/> may be JSON null.</summary>
    public bool HasLocalContext { get; set; }

    public JsonNode? LocalContext { get; set; }

    /// <summary>Base URL of the context that contained the definition, used to resolve its scoped context.</summary>
    public string? BaseUrl { get; set; }

    public string? Nest { get; set; }

    public string? Index { get; set; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    /// <summary>Container keywords, empty when the term has no @container.</summary>
    public IReadOnlySet<string> Container { get; set; } = EmptyContainer;

    private static readonly IReadOnlySet<string> EmptyContainer = new HashSet<string>();

    public bool HasContainer(string keyword) => Container.Contains(keyword);

    /// <summary>Compares every field except <see cref="Protected"/>, as the protected-term check requires.</summary>
    public bool EqualsIgnoringProtected(TermDefinition other)
    {
        return IriMapping == other.IriMapping
            && IsReverse == other.IsReverse
            && TypeMapping == other.TypeMapping
            && HasLanguage == other.HasLanguage
            && Language == other.Language
            && HasDirection == other.HasDirection
            && Direction == other.Direction
            && HasLocalContext == other.HasLocalContext
            && JsonNode.DeepEquals(LocalContext, other.LocalContext)
            && Nest == other.Nest
            && Index == other.Index
            && Prefix == other.Prefix
            && Container.SetEquals(other.Container);
    }
}
