using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Context processing of JSON-LD 1.1 Processing Algorithms, section 4.1.2: applies a local context
/// (map, URL, null or array of these) to an active context and returns the new active context.
/// </summary>
internal sealed partial class ContextProcessor
{
    private readonly IJsonLdDocumentLoader _loader;
    private readonly int _maxRemoteContexts;

    public ContextProcessor(IJsonLdDocumentLoader loader, int maxRemoteContexts)
    {
        _loader = loader;
        _maxRemoteContexts = maxRemoteContexts;
    }

    /// <summary>
    /// Applies <paramref name="localContext"/>, reusing the result cached on <paramref name="active"/>
    /// when the context is a URL, an array of URLs, or a scoped context held by a term definition.
    /// </summary>
    public ActiveContext ProcessCached(
        ActiveContext active,
        JsonNode? localContext,
        string? baseUrl,
        bool overrideProtected = false,
        bool propagate = true,
        bool isScopedContext = false)
    {
        var cacheKey = isScopedContext ? localContext : UrlCacheKey(localContext);
        if (cacheKey is null)
        {
            return Process(active, localContext, baseUrl, [], overrideProtected, propagate);
        }

        return active.GetOrAddDerived(
            new ScopedContextKey(cacheKey, baseUrl, overrideProtected, propagate),
            () => Process(active, localContext, baseUrl, [], overrideProtected, propagate));
    }

    public ActiveContext Process(
        ActiveContext active,
        JsonNode? localContext,
        string? baseUrl,
        List<string> remoteContexts,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        var result = active.Clone();

        if (localContext is JsonObject contextObject && contextObject.TryGetPropertyValue(JsonLdKeywords.Propagate, out var propagateNode))
        {
            propagate = ReadBoolean(propagateNode, JsonLdErrorCodes.InvalidPropagateValue, "@propagate");
        }

        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = active;
        }

        var contexts = localContext is JsonArray array ? array.ToArray() : [localContext];
        foreach (var context in contexts)
        {
            if (context is null)
            {
                result = ProcessNullContext(active, result, overrideProtected, propagate);
                continue;
            }

            if (context is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                result = ProcessRemoteContext(result, value.GetValue<string>(), baseUrl, remoteContexts, validateScopedContext);
                continue;
            }

            if (context is not JsonObject map)
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidLocalContext,
                    $"Invalid JSON-LD context {context.ToJsonString()}: a context must be an object, a URL string, null or an array of these.");
            }

            ProcessContextDefinition(result, map, baseUrl, remoteContexts, overrideProtected);
        }

        return result;
    }

    private static ActiveContext ProcessNullContext(ActiveContext active, ActiveContext result, bool overrideProtected, bool propagate)
    {
        if (!overrideProtected && result.HasProtectedTerms())
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidContextNullification,
                "Invalid \"@context\": null: the active context has protected terms, which a null context may not remove. "
                + "Remove the null context or move it before the context that protects those terms.");
        }

        var reset = new ActiveContext(active.OriginalBaseUrl);
        if (!propagate)
        {
            reset.PreviousContext = result;
        }

        return reset;
    }

    private ActiveContext ProcessRemoteContext(
        ActiveContext result,
        string reference,
        string? baseUrl,
        List<string> remoteContexts,
        bool validateScopedContext)
    {
        var url = Iri.Resolve(baseUrl, reference);
        if (!validateScopedContext && remoteContexts.Contains(url))
        {
            return result;
        }

        if (remoteContexts.Count >= _maxRemoteContexts)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.ContextOverflow,
                $"Loading the JSON-LD context '{url}' exceeds the limit of {_maxRemoteContexts} nested remote contexts; "
                + "check the contexts for a cycle.");
        }

        remoteContexts.Add(url);

        RemoteDocument document;
        try
        {
            document = _loader.LoadDocument(url);
        }
        catch (JsonLdException exception) when (exception.Code == JsonLdErrorCodes.LoadingDocumentFailed)
        {
            throw new JsonLdException(JsonLdErrorCodes.LoadingRemoteContextFailed, exception.Message, exception);
        }

        if (document.Document is not JsonObject documentObject
            || !documentObject.TryGetPropertyValue(JsonLdKeywords.Context, out var loadedContext))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidRemoteContext,
                $"The document loaded for the JSON-LD context '{url}' is not an object with an \"@context\" entry.");
        }

        return Process(result, loadedContext, document.DocumentUrl, [.. remoteContexts], validateScopedContext: validateScopedContext);
    }

    private void ProcessContextDefinition(
        ActiveContext result,
        JsonObject context,
        string? baseUrl,
        List<string> remoteContexts,
        bool overrideProtected)
    {
        if (context.TryGetPropertyValue(JsonLdKeywords.Version, out var version)
            && !(version is JsonValue versionValue && versionValue.GetValueKind() == JsonValueKind.Number && versionValue.GetValue<double>() == 1.1))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidVersionValue,
                $"Invalid \"@version\" {version?.ToJsonString() ?? "null"} in a JSON-LD context: the only allowed value is the number 1.1.");
        }

        if (context.TryGetPropertyValue(JsonLdKeywords.Import, out var import))
        {
            context = MergeImportedContext(context, import, baseUrl);
        }

        if (remoteContexts.Count == 0 && context.TryGetPropertyValue(JsonLdKeywords.Base, out var baseNode))
        {
            ApplyBase(result, baseNode);
        }

        if (context.TryGetPropertyValue(JsonLdKeywords.Vocab, out var vocab))
        {
            ApplyVocab(result, vocab);
        }

        if (context.TryGetPropertyValue(JsonLdKeywords.Language, out var language))
        {
            result.DefaultLanguage = language switch
            {
                null => null,
                JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>().ToLowerInvariant(),
                _ => throw new JsonLdException(
                    JsonLdErrorCodes.InvalidDefaultLanguage,
                    $"Invalid \"@language\" {language.ToJsonString()} in a JSON-LD context: it must be a string or null."),
            };
        }

        if (context.TryGetPropertyValue(JsonLdKeywords.Direction, out var direction))
        {
            result.DefaultDirection = ReadDirection(direction);
        }

        if (context.TryGetPropertyValue(JsonLdKeywords.Propagate, out var propagate))
        {
            ReadBoolean(propagate, JsonLdErrorCodes.InvalidPropagateValue, "@propagate");
        }

        var isProtected = context.TryGetPropertyValue(JsonLdKeywords.Protected, out var protectedNode)
            && ReadBoolean(protectedNode, JsonLdErrorCodes.InvalidProtectedValue, "@protected");

        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        var scope = new TermDefinitionScope(context, defined, baseUrl, isProtected, overrideProtected, remoteContexts);
        foreach (var (term, _) in context)
        {
            if (term is JsonLdKeywords.Base or JsonLdKeywords.Direction or JsonLdKeywords.Import or JsonLdKeywords.Language
                or JsonLdKeywords.Propagate or JsonLdKeywords.Protected or JsonLdKeywords.Version or JsonLdKeywords.Vocab)
            {
                continue;
            }

            CreateTermDefinition(result, scope, term);
        }
    }

    private JsonObject MergeImportedContext(JsonObject context, JsonNode? import, string? baseUrl)
    {
        if (import is not JsonValue importValue || importValue.GetValueKind() != JsonValueKind.String)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidImportValue,
                $"Invalid \"@import\" {import?.ToJsonString() ?? "null"} in a JSON-LD context: it must be a URL string.");
        }

        var url = Iri.Resolve(baseUrl, importValue.GetValue<string>());
        RemoteDocument document;
        try
        {
            document = _loader.LoadDocument(url);
        }
        catch (JsonLdException exception) when (exception.Code == JsonLdErrorCodes.LoadingDocumentFailed)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidRemoteContext, exception.Message, exception);
        }

        if (document.Document is not JsonObject documentObject
            || documentObject[JsonLdKeywords.Context] is not JsonObject importedContext)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidRemoteContext,
                $"The document imported from '{url}' is not an object whose \"@context\" entry is an object.");
        }

        if (importedContext.ContainsKey(JsonLdKeywords.Import))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidContextEntry,
                $"The context imported from '{url}' contains \"@import\" itself, which JSON-LD 1.1 does not allow.");
        }

        var merged = new JsonObject();
        foreach (var (key, value) in importedContext)
        {
            if (!context.ContainsKey(key))
            {
                merged[key] = value?.DeepClone();
            }
        }

        foreach (var (key, value) in context)
        {
            if (key != JsonLdKeywords.Import)
            {
                merged[key] = value?.DeepClone();
            }
        }

        return merged;
    }

    private static void ApplyBase(ActiveContext result, JsonNode? baseNode)
    {
        if (baseNode is null)
        {
            result.BaseIri = null;
            return;
        }

        if (baseNode is not JsonValue baseValue || baseValue.GetValueKind() != JsonValueKind.String)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidBaseIri,
                $"Invalid \"@base\" {baseNode.ToJsonString()} in a JSON-LD context: it must be an IRI string or null.");
        }

        var baseIri = baseValue.GetValue<string>();
        if (Iri.IsAbsolute(baseIri))
        {
            result.BaseIri = baseIri;
        }
        else if (result.BaseIri is not null)
        {
            result.BaseIri = Iri.Resolve(result.BaseIri, baseIri);
        }
        else
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidBaseIri,
                $"Invalid \"@base\" '{baseIri}': a relative base IRI needs an absolute base IRI to resolve against.");
        }
    }

    private void ApplyVocab(ActiveContext result, JsonNode? vocab)
    {
        if (vocab is null)
        {
            result.VocabularyMapping = null;
            return;
        }

        if (vocab is not JsonValue vocabValue || vocabValue.GetValueKind() != JsonValueKind.String)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidVocabMapping,
                $"Invalid \"@vocab\" {vocab.ToJsonString()} in a JSON-LD context: it must be an IRI string or null.");
        }

        var expanded = ExpandIri(result, vocabValue.GetValue<string>(), documentRelative: true, vocab: true);
        if (expanded is null || !(Iri.IsAbsolute(expanded) || Iri.IsBlankNodeIdentifier(expanded)))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidVocabMapping,
                $"Invalid \"@vocab\" '{vocabValue.GetValue<string>()}': it does not expand to an absolute IRI or a blank node identifier.");
        }

        result.VocabularyMapping = expanded;
    }

    private static string? ReadDirection(JsonNode? direction)
    {
        return direction switch
        {
            null => null,
            JsonValue text when text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() is "ltr" or "rtl" => text.GetValue<string>(),
            _ => throw new JsonLdException(
                JsonLdErrorCodes.InvalidBaseDirection,
                $"Invalid \"@direction\" {direction.ToJsonString()}: it must be \"ltr\", \"rtl\" or null."),
        };
    }

    private static bool ReadBoolean(JsonNode? node, string errorCode, string keyword)
    {
        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        throw new JsonLdException(
            errorCode,
            $"Invalid \"{keyword}\" {node?.ToJsonString() ?? "null"} in a JSON-LD context: it must be true or false.");
    }

    private static object? UrlCacheKey(JsonNode? localContext)
    {
        if (localContext is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        if (localContext is not JsonArray array)
        {
            return null;
        }

        var urls = new string[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonValue item || item.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            urls[i] = item.GetValue<string>();
        }

        // A newline cannot occur in a URL, so joined keys of different arrays never collide.
        return string.Join('\n', urls);
    }
}
