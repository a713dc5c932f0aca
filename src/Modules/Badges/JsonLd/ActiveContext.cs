using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// The active context of JSON-LD 1.1 Processing Algorithms, section 4.1. Instances are never changed
/// after context processing returns them, so they can be shared between threads and cached.
/// </summary>
internal sealed class ActiveContext
{
    private ConcurrentDictionary<ScopedContextKey, ActiveContext>? _derivedContexts;

    public ActiveContext(string? baseIri)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = baseIri;
    }

    public Dictionary<string, TermDefinition> Terms { get; private init; } = new(StringComparer.Ordinal);

    public string? BaseIri { get; set; }

    public string? OriginalBaseUrl { get; set; }

    public string? VocabularyMapping { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultDirection { get; set; }

    /// <summary>Context to revert to when leaving a node object, set by non-propagated (type-scoped) contexts.</summary>
    public ActiveContext? PreviousContext { get; set; }

    public TermDefinition? GetTerm(string? term)
    {
        return term is not null && Terms.TryGetValue(term, out var definition) ? definition : null;
    }

    public bool HasProtectedTerms()
    {
        foreach (var definition in Terms.Values)
        {
            if (definition.Protected)
            {
                return true;
            }
        }

        return false;
    }

    public ActiveContext Clone()
    {
        return new ActiveContext(BaseIri)
        {
            Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
            OriginalBaseUrl = OriginalBaseUrl,
            VocabularyMapping = VocabularyMapping,
            DefaultLanguage = DefaultLanguage,
            DefaultDirection = DefaultDirection,
            PreviousContext = PreviousContext,
        };
    }

    /// <summary>
    /// Returns the cached result of applying a scoped or embedded context to this context, or computes
    /// and caches it. The key is a context URL, or the identity of a context JSON node held by a term
    /// definition. Inline contexts of input documents are not cached, because each document brings new nodes.
    /// </summary>
    public ActiveContext GetOrAddDerived(ScopedContextKey key, Func<ActiveContext> process)
    {
        var cache = LazyInitializer.EnsureInitialized(ref _derivedContexts, () => new ConcurrentDictionary<ScopedContextKey, ActiveContext>());
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = process();
        cache.TryAdd(key, result);
        return result;
    }
}

/// <summary>Cache key of <see cref="ActiveContext.GetOrAddDerived"/>.</summary>
internal readonly record struct ScopedContextKey(object Context, string? BaseUrl, bool OverrideProtected, bool Propagate);
