namespace ApprenantAgile.Badges.JsonLd;

/// <summary>IRI Expansion, JSON-LD 1.1 Processing Algorithms section 5.2.2.</summary>
internal sealed partial class ContextProcessor
{
    /// <summary>
    /// Expands a term, compact IRI, keyword alias or relative IRI. Returns null for a term mapped to
    /// null or a value of keyword form; returns a relative IRI unchanged when nothing can expand it.
    /// </summary>
    /// <param name="documentRelative">Resolve against the base IRI (for @id values and types).</param>
    /// <param name="vocab">Use term definitions and @vocab (for properties and types).</param>
    /// <param name="scope">Local context being processed, whose terms are defined on demand.</param>
    public string? ExpandIri(
        ActiveContext active,
        string? value,
        bool documentRelative = false,
        bool vocab = false,
        TermDefinitionScope? scope = null)
    {
        if (value is null || JsonLdKeywords.IsKeyword(value))
        {
            return value;
        }

        if (JsonLdKeywords.HasKeywordForm(value))
        {
            return null;
        }

        if (scope is not null && scope.LocalContext.ContainsKey(value)
            && !(scope.Defined.TryGetValue(value, out var done) && done))
        {
            CreateTermDefinition(active, scope, value);
        }

        var definition = active.GetTerm(value);
        if (definition is not null && JsonLdKeywords.IsKeyword(definition.IriMapping))
        {
            return definition.IriMapping;
        }

        if (vocab && definition is not null)
        {
            return definition.IriMapping;
        }

        var colon = value.IndexOf(':', 1);
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            if (scope is not null && scope.LocalContext.ContainsKey(prefix)
                && !(scope.Defined.TryGetValue(prefix, out var prefixDone) && prefixDone))
            {
                CreateTermDefinition(active, scope, prefix);
            }

            if (active.GetTerm(prefix) is { IriMapping: { } prefixIri, Prefix: true })
            {
                return prefixIri + suffix;
            }

            if (Iri.IsAbsolute(value))
            {
                return value;
            }
        }

        if (vocab && active.VocabularyMapping is not null)
        {
            return active.VocabularyMapping + value;
        }

        if (documentRelative && active.BaseIri is not null)
        {
            return Iri.Resolve(active.BaseIri, value);
        }

        return value;
    }
}
