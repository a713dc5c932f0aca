using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>Create Term Definition, JSON-LD 1.1 Processing Algorithms section 4.2.2.</summary>
internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> AllowedDefinitionKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private void CreateTermDefinition(ActiveContext active, TermDefinitionScope scope, string term)
    {
        if (scope.Defined.TryGetValue(term, out var isDefined))
        {
            if (isDefined)
            {
                return;
            }

            throw new JsonLdException(
                JsonLdErrorCodes.CyclicIriMapping,
                $"The JSON-LD term '{term}' is defined through itself (cyclic IRI mapping); give it an absolute IRI.");
        }

        if (term.Length == 0)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, "A JSON-LD context defines the empty string as a term.");
        }

        scope.Defined[term] = false;
        var value = scope.LocalContext[term];

        if (term == JsonLdKeywords.Type)
        {
            ValidateTypeKeywordDefinition(value);
        }
        else if (JsonLdKeywords.IsKeyword(term))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.KeywordRedefinition,
                $"A JSON-LD context redefines the keyword '{term}'; only \"@type\" may be given @container or @protected.");
        }
        else if (JsonLdKeywords.HasKeywordForm(term))
        {
            // Terms of the form @letters are reserved for future keywords and are ignored.
            scope.Defined[term] = true;
            return;
        }

        active.Terms.Remove(term, out var previous);

        JsonObject definitionMap;
        var simpleTerm = false;
        switch (value)
        {
            case null:
                definitionMap = new JsonObject { ["@id"] = null };
                break;
            case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                definitionMap = new JsonObject { ["@id"] = text.GetValue<string>() };
                simpleTerm = true;
                break;
            case JsonObject map:
                definitionMap = map;
                break;
            default:
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidTermDefinition,
                    $"Invalid definition of the JSON-LD term '{term}': {value.ToJsonString()}. It must be a string, an object or null.");
        }

        var definition = new TermDefinition { Protected = scope.Protected, BaseUrl = scope.BaseUrl };
        if (definitionMap.TryGetPropertyValue("@protected", out var protectedNode))
        {
            definition.Protected = protectedNode is JsonValue p && p.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? p.GetValue<bool>()
                : throw new JsonLdException(
                    JsonLdErrorCodes.InvalidProtectedValue,
                    $"Invalid \"@protected\" in the definition of the JSON-LD term '{term}': it must be true or false.");
        }

        if (definitionMap.TryGetPropertyValue("@type", out var typeNode))
        {
            definition.TypeMapping = ReadTypeMapping(active, scope, term, typeNode);
        }

        if (definitionMap.TryGetPropertyValue("@reverse", out var reverseNode))
        {
            DefineReverseTerm(active, scope, term, definitionMap, definition, reverseNode, previous);
            return;
        }

        if (!DefineIriMapping(active, scope, term, definitionMap, definition, simpleTerm))
        {
            return;
        }

        if (definitionMap.TryGetPropertyValue("@container", out var containerNode))
        {
            definition.Container = ReadContainer(term, containerNode);
            if (definition.HasContainer(JsonLdKeywords.Type))
            {
                definition.TypeMapping ??= JsonLdKeywords.Id;
                if (definition.TypeMapping is not (JsonLdKeywords.Id or JsonLdKeywords.Vocab))
                {
                    throw new JsonLdException(
                        JsonLdErrorCodes.InvalidTypeMapping,
                        $"The JSON-LD term '{term}' has an \"@type\" container, so its \"@type\" must be \"@id\" or \"@vocab\".");
                }
            }
        }

        if (definitionMap.TryGetPropertyValue("@index", out var indexNode))
        {
            definition.Index = ReadIndex(active, term, definition, indexNode);
        }

        if (definitionMap.TryGetPropertyValue("@context", out var scopedContext))
        {
            ValidateScopedContext(active, scope, term, scopedContext);
            definition.HasLocalContext = true;
            definition.LocalContext = scopedContext;
        }

        if (definitionMap.TryGetPropertyValue("@language", out var languageNode) && !definitionMap.ContainsKey("@type"))
        {
            definition.HasLanguage = true;
            definition.Language = languageNode switch
            {
                null => null,
                JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>().ToLowerInvariant(),
                _ => throw new JsonLdException(
                    JsonLdErrorCodes.InvalidLanguageMapping,
                    $"Invalid \"@language\" in the definition of the JSON-LD term '{term}': it must be a string or null."),
            };
        }

        if (definitionMap.TryGetPropertyValue("@direction", out var directionNode) && !definitionMap.ContainsKey("@type"))
        {
            definition.HasDirection = true;
            definition.Direction = ReadDirection(directionNode);
        }

        if (definitionMap.TryGetPropertyValue("@nest", out var nestNode))
        {
            var nest = nestNode is JsonValue n && n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null;
            if (nest is null || (JsonLdKeywords.IsKeyword(nest) && nest != JsonLdKeywords.Nest))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidNestValue,
                    $"Invalid \"@nest\" in the definition of the JSON-LD term '{term}': it must be a term or \"@nest\".");
            }

            definition.Nest = nest;
        }

        if (definitionMap.TryGetPropertyValue("@prefix", out var prefixNode))
        {
            if (term.Contains(':') || term.Contains('/'))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidTermDefinition,
                    $"The JSON-LD term '{term}' contains ':' or '/', so it may not have \"@prefix\".");
            }

            definition.Prefix = prefixNode is JsonValue pv && pv.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? pv.GetValue<bool>()
                : throw new JsonLdException(
                    JsonLdErrorCodes.InvalidPrefixValue,
                    $"Invalid \"@prefix\" in the definition of the JSON-LD term '{term}': it must be true or false.");
            if (definition.Prefix && JsonLdKeywords.IsKeyword(definition.IriMapping))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidTermDefinition,
                    $"The JSON-LD term '{term}' maps to a keyword, so it may not be a prefix.");
            }
        }

        foreach (var (key, _) in definitionMap)
        {
            if (!AllowedDefinitionKeys.Contains(key))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidTermDefinition,
                    $"The definition of the JSON-LD term '{term}' contains the unsupported entry '{key}'.");
            }
        }

        StoreDefinition(active, scope, term, definition, previous);
    }

    private static void StoreDefinition(ActiveContext active, TermDefinitionScope scope, string term, TermDefinition definition, TermDefinition? previous)
    {
        if (!scope.OverrideProtected && previous is { Protected: true })
        {
            if (!definition.EqualsIgnoringProtected(previous))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.ProtectedTermRedefinition,
                    $"The JSON-LD term '{term}' is protected by an earlier context and a later context redefines it "
                    + $"(from '{previous.IriMapping}' to '{definition.IriMapping}'). Use a context version that is compatible "
                    + "with the earlier context, for example the Open Badges 3.0.2 or later context with the VC 2.0 context.");
            }

            definition = previous;
        }

        active.Terms[term] = definition;
        scope.Defined[term] = true;
    }

    private static void ValidateTypeKeywordDefinition(JsonNode? value)
    {
        if (value is not JsonObject map || map.Count == 0)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.KeywordRedefinition,
                "A JSON-LD context redefines \"@type\" with something other than an object of \"@container\": \"@set\" and \"@protected\".");
        }

        foreach (var (key, entry) in map)
        {
            var valid = key switch
            {
                "@container" => entry is JsonValue c && c.GetValueKind() == JsonValueKind.String && c.GetValue<string>() == JsonLdKeywords.Set,
                "@protected" => true,
                _ => false,
            };
            if (!valid)
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.KeywordRedefinition,
                    $"A JSON-LD context redefines \"@type\" with the entry '{key}'; only \"@container\": \"@set\" and \"@protected\" are allowed.");
            }
        }
    }

    private string ReadTypeMapping(ActiveContext active, TermDefinitionScope scope, string term, JsonNode? typeNode)
    {
        if (typeNode is not JsonValue typeValue || typeValue.GetValueKind() != JsonValueKind.String)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidTypeMapping,
                $"Invalid \"@type\" in the definition of the JSON-LD term '{term}': it must be a string.");
        }

        var type = ExpandIri(active, typeValue.GetValue<string>(), vocab: true, scope: scope);
        if (type is null || !(type is JsonLdKeywords.Id or JsonLdKeywords.Json or JsonLdKeywords.None or JsonLdKeywords.Vocab || Iri.IsAbsolute(type)))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidTypeMapping,
                $"Invalid \"@type\" '{typeValue.GetValue<string>()}' in the definition of the JSON-LD term '{term}': "
                + "it must expand to an absolute IRI, \"@id\", \"@json\", \"@none\" or \"@vocab\".");
        }

        return type;
    }

    private void DefineReverseTerm(
        ActiveContext active,
        TermDefinitionScope scope,
        string term,
        JsonObject definitionMap,
        TermDefinition definition,
        JsonNode? reverseNode,
        TermDefinition? previous)
    {
        if (definitionMap.ContainsKey("@id") || definitionMap.ContainsKey("@nest"))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidReverseProperty,
                $"The JSON-LD term '{term}' has \"@reverse\" together with \"@id\" or \"@nest\".");
        }

        if (reverseNode is not JsonValue reverseValue || reverseValue.GetValueKind() != JsonValueKind.String)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidIriMapping,
                $"Invalid \"@reverse\" in the definition of the JSON-LD term '{term}': it must be a string.");
        }

        var reverse = reverseValue.GetValue<string>();
        if (JsonLdKeywords.HasKeywordForm(reverse))
        {
            scope.Defined[term] = true;
            return;
        }

        var iri = ExpandIri(active, reverse, vocab: true, scope: scope);
        if (iri is null || !(Iri.IsAbsolute(iri) || Iri.IsBlankNodeIdentifier(iri)))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidIriMapping,
                $"The \"@reverse\" value '{reverse}' of the JSON-LD term '{term}' does not expand to an IRI.");
        }

        definition.IriMapping = iri;
        if (definitionMap.TryGetPropertyValue("@container", out var containerNode))
        {
            var container = containerNode is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
            if (containerNode is not null && container is not (JsonLdKeywords.Set or JsonLdKeywords.Index))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidReverseProperty,
                    $"The reverse JSON-LD term '{term}' has a container other than \"@set\", \"@index\" or null.");
            }

            definition.Container = container is null ? definition.Container : new HashSet<string>(StringComparer.Ordinal) { container };
        }

        definition.IsReverse = true;
        StoreDefinition(active, scope, term, definition, previous);
    }

    /// <summary>Sets the IRI mapping; returns false when the term must be ignored (an @id of keyword form).</summary>
    private bool DefineIriMapping(
        ActiveContext active,
        TermDefinitionScope scope,
        string term,
        JsonObject definitionMap,
        TermDefinition definition,
        bool simpleTerm)
    {
        if (definitionMap.TryGetPropertyValue("@id", out var idNode) && !(idNode is JsonValue same && same.GetValueKind() == JsonValueKind.String && same.GetValue<string>() == term))
        {
            if (idNode is null)
            {
                definition.IriMapping = null;
                return true;
            }

            if (idNode is not JsonValue idValue || idValue.GetValueKind() != JsonValueKind.String)
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidIriMapping,
                    $"Invalid \"@id\" in the definition of the JSON-LD term '{term}': it must be a string or null.");
            }

            var id = idValue.GetValue<string>();
            if (!JsonLdKeywords.IsKeyword(id) && JsonLdKeywords.HasKeywordForm(id))
            {
                scope.Defined[term] = true;
                return false;
            }

            var iri = ExpandIri(active, id, vocab: true, scope: scope);
            if (iri is null || !(JsonLdKeywords.IsKeyword(iri) || Iri.IsAbsolute(iri) || Iri.IsBlankNodeIdentifier(iri)))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidIriMapping,
                    $"The \"@id\" '{id}' of the JSON-LD term '{term}' does not expand to an IRI, a blank node identifier or a keyword.");
            }

            if (iri == JsonLdKeywords.Context)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidKeywordAlias, $"The JSON-LD term '{term}' is an alias of \"@context\", which is not allowed.");
            }

            definition.IriMapping = iri;
            var colon = term.IndexOf(':', 1);
            if ((colon > 0 && colon < term.Length - 1) || term.Contains('/'))
            {
                scope.Defined[term] = true;
                var termAsIri = ExpandIri(active, term, vocab: true, scope: scope);
                if (termAsIri != iri)
                {
                    throw new JsonLdException(
                        JsonLdErrorCodes.InvalidIriMapping,
                        $"The JSON-LD term '{term}' looks like an IRI that expands to '{termAsIri}', but its \"@id\" is '{iri}'.");
                }
            }

            if (!term.Contains(':') && !term.Contains('/') && simpleTerm
                && (Iri.IsBlankNodeIdentifier(iri) || "/:?#[]@".Contains(iri[^1])))
            {
                definition.Prefix = true;
            }

            return true;
        }

        var prefixEnd = term.IndexOf(':', 1);
        if (prefixEnd > 0)
        {
            var prefix = term[..prefixEnd];
            var suffix = term[(prefixEnd + 1)..];
            if (scope.LocalContext.ContainsKey(prefix))
            {
                CreateTermDefinition(active, scope, prefix);
            }

            definition.IriMapping = active.GetTerm(prefix) is { IriMapping: { } prefixIri }
                ? prefixIri + suffix
                : term;
        }
        else if (term.Contains('/'))
        {
            var iri = ExpandIri(active, term, vocab: true);
            if (iri is null || !Iri.IsAbsolute(iri))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidIriMapping,
                    $"The JSON-LD term '{term}' is a relative IRI that does not expand to an absolute IRI; give it an \"@id\".");
            }

            definition.IriMapping = iri;
        }
        else if (term == JsonLdKeywords.Type)
        {
            definition.IriMapping = JsonLdKeywords.Type;
        }
        else if (active.VocabularyMapping is not null)
        {
            definition.IriMapping = active.VocabularyMapping + term;
        }
        else
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidIriMapping,
                $"The JSON-LD term '{term}' has no \"@id\" and the context has no \"@vocab\" to derive one from.");
        }

        return true;
    }

    private static IReadOnlySet<string> ReadContainer(string term, JsonNode? containerNode)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var items = containerNode is JsonArray array ? array.ToArray() : [containerNode];
        foreach (var item in items)
        {
            if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String
                || v.GetValue<string>() is not ("@graph" or "@id" or "@index" or "@language" or "@list" or "@set" or "@type"))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidContainerMapping,
                    $"Invalid \"@container\" {containerNode?.ToJsonString() ?? "null"} in the definition of the JSON-LD term '{term}'.");
            }

            values.Add(v.GetValue<string>());
        }

        var others = values.Where(v => v != JsonLdKeywords.Set).ToArray();
        var valid = values.Count switch
        {
            0 => false,
            1 => true,
            _ when values.Contains(JsonLdKeywords.List) => false,
            _ when values.Contains(JsonLdKeywords.Graph) => others.All(v => v is "@graph" or "@id" or "@index") && !(values.Contains("@id") && values.Contains("@index")),
            _ => others.Length == 1 && values.Contains(JsonLdKeywords.Set),
        };
        if (!valid)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidContainerMapping,
                $"Invalid combination of container keywords {containerNode?.ToJsonString()} for the JSON-LD term '{term}'.");
        }

        return values;
    }

    private string ReadIndex(ActiveContext active, string term, TermDefinition definition, JsonNode? indexNode)
    {
        if (!definition.HasContainer(JsonLdKeywords.Index))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidTermDefinition,
                $"The JSON-LD term '{term}' has \"@index\" without an \"@index\" container.");
        }

        var index = indexNode is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        var expanded = index is null ? null : ExpandIri(active, index, vocab: true);
        if (index is null || expanded is null || !Iri.IsAbsolute(expanded))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidTermDefinition,
                $"Invalid \"@index\" in the definition of the JSON-LD term '{term}': it must be a term that expands to an IRI.");
        }

        return index;
    }

    private void ValidateScopedContext(ActiveContext active, TermDefinitionScope scope, string term, JsonNode? scopedContext)
    {
        try
        {
            Process(active, scopedContext, scope.BaseUrl, [.. scope.RemoteContexts], overrideProtected: true, validateScopedContext: false);
        }
        catch (JsonLdException exception)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidScopedContext,
                $"The scoped context of the JSON-LD term '{term}' is invalid: {exception.Message}",
                exception);
        }
    }
}
