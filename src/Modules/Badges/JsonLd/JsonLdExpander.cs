using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// The Expansion Algorithm of JSON-LD 1.1 Processing Algorithms, section 5.1.2, without framing.
/// The input is never modified: the result is a new tree whose scalar leaves are copies.
/// </summary>
internal sealed partial class JsonLdExpander
{
    private readonly ContextProcessor _contexts;
    private readonly bool _safeMode;

    public JsonLdExpander(ContextProcessor contexts, bool safeMode)
    {
        _contexts = contexts;
        _safeMode = safeMode;
    }

    public JsonNode? Expand(ActiveContext active, string? activeProperty, JsonNode? element, string? baseUrl, bool fromMap = false)
    {
        if (element is null)
        {
            return null;
        }

        var propertyDefinition = active.GetTerm(activeProperty);

        if (element is JsonValue)
        {
            // A scalar outside any property has no subject and is dropped.
            if (activeProperty is null or JsonLdKeywords.Graph)
            {
                return null;
            }

            if (propertyDefinition is { HasLocalContext: true })
            {
                active = _contexts.ProcessCached(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, isScopedContext: true);
            }

            return ExpandValue(active, activeProperty, element);
        }

        if (element is JsonArray array)
        {
            return ExpandArray(active, activeProperty, array, baseUrl, fromMap, propertyDefinition);
        }

        return ExpandObject(active, activeProperty, (JsonObject)element, baseUrl, fromMap, propertyDefinition);
    }

    private JsonArray ExpandArray(
        ActiveContext active,
        string? activeProperty,
        JsonArray array,
        string? baseUrl,
        bool fromMap,
        TermDefinition? propertyDefinition)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            var expanded = Expand(active, activeProperty, item, baseUrl, fromMap);
            if (propertyDefinition is not null && propertyDefinition.HasContainer(JsonLdKeywords.List) && expanded is JsonArray nestedList)
            {
                expanded = new JsonObject { [JsonLdKeywords.List] = nestedList };
            }

            AppendFlattened(result, expanded);
        }

        return result;
    }

    private JsonNode? ExpandObject(
        ActiveContext active,
        string? activeProperty,
        JsonObject element,
        string? baseUrl,
        bool fromMap,
        TermDefinition? propertyDefinition)
    {
        // A type-scoped context does not propagate into nested node objects: revert to the context
        // that was active before it, unless this object is a value object or a bare node reference.
        if (active.PreviousContext is not null && !fromMap && !KeepsTypeScopedContext(active, element))
        {
            active = active.PreviousContext;
        }

        if (propertyDefinition is { HasLocalContext: true })
        {
            active = _contexts.ProcessCached(
                active,
                propertyDefinition.LocalContext,
                propertyDefinition.BaseUrl,
                overrideProtected: true,
                isScopedContext: true);
        }

        if (element.TryGetPropertyValue(JsonLdKeywords.Context, out var embeddedContext))
        {
            active = _contexts.ProcessCached(active, embeddedContext, baseUrl);
        }

        var typeScopedContext = active;
        string? inputType = null;
        foreach (var key in SortedKeys(element))
        {
            if (_contexts.ExpandIri(active, key, vocab: true) != JsonLdKeywords.Type)
            {
                continue;
            }

            var types = element[key] is JsonArray typeArray ? typeArray.ToArray() : [element[key]];
            var typeTerms = types.OfType<JsonValue>()
                .Where(t => t.GetValueKind() == JsonValueKind.String)
                .Select(t => t.GetValue<string>())
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var term in typeTerms)
            {
                if (typeScopedContext.GetTerm(term) is { HasLocalContext: true } typeDefinition)
                {
                    active = _contexts.ProcessCached(active, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false, isScopedContext: true);
                }
            }

            if (inputType is null && types.Length > 0 && types[^1] is JsonValue last && last.GetValueKind() == JsonValueKind.String)
            {
                inputType = _contexts.ExpandIri(typeScopedContext, last.GetValue<string>(), vocab: true);
            }
        }

        var result = new JsonObject();
        var nests = new List<string>();
        ExpandEntries(active, typeScopedContext, activeProperty, element, result, nests, inputType, baseUrl);
        ExpandNestedEntries(active, typeScopedContext, activeProperty, element, result, nests, inputType, baseUrl);

        return FinishObject(active, activeProperty, result);
    }

    private bool KeepsTypeScopedContext(ActiveContext active, JsonObject element)
    {
        foreach (var (key, _) in element)
        {
            var expanded = _contexts.ExpandIri(active, key, vocab: true);
            if (expanded == JsonLdKeywords.Value || (element.Count == 1 && expanded == JsonLdKeywords.Id))
            {
                return true;
            }
        }

        return false;
    }

    private void ExpandNestedEntries(
        ActiveContext active,
        ActiveContext typeScopedContext,
        string? activeProperty,
        JsonObject element,
        JsonObject result,
        List<string> nests,
        string? inputType,
        string? baseUrl)
    {
        nests.Sort(StringComparer.Ordinal);
        for (var n = 0; n < nests.Count; n++)
        {
            var nestingKey = nests[n];
            var nestedValues = element[nestingKey] is JsonArray nestedArray ? nestedArray.ToArray() : [element[nestingKey]];
            foreach (var nestedValue in nestedValues)
            {
                if (nestedValue is not JsonObject nestedObject
                    || nestedObject.Any(entry => _contexts.ExpandIri(active, entry.Key, vocab: true) == JsonLdKeywords.Value))
                {
                    throw new JsonLdException(
                        JsonLdErrorCodes.InvalidNestValue,
                        $"The nested property '{nestingKey}' must contain objects that are not value objects.");
                }

                var innerNests = new List<string>();
                ExpandEntries(active, typeScopedContext, activeProperty, nestedObject, result, innerNests, inputType, baseUrl);
                ExpandNestedEntries(active, typeScopedContext, activeProperty, nestedObject, result, innerNests, inputType, baseUrl);
            }
        }
    }

    private JsonNode? FinishObject(ActiveContext active, string? activeProperty, JsonObject result)
    {
        if (result.ContainsKey(JsonLdKeywords.Value))
        {
            return FinishValueObject(result);
        }

        if (result.TryGetPropertyValue(JsonLdKeywords.Type, out var type) && type is not JsonArray)
        {
            result[JsonLdKeywords.Type] = new JsonArray(type!.DeepClone());
        }
        else if (result.ContainsKey(JsonLdKeywords.Set) || result.ContainsKey(JsonLdKeywords.List))
        {
            var otherEntries = result.Count(entry => entry.Key is not (JsonLdKeywords.Set or JsonLdKeywords.List or JsonLdKeywords.Index));
            if (result.Count > 2 || otherEntries > 0 || (result.Count == 2 && !result.ContainsKey(JsonLdKeywords.Index)))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidSetOrListObject,
                    $"Invalid set or list object {result.ToJsonString()}: it may only contain \"@index\" next to \"@set\" or \"@list\".");
            }

            if (result.TryGetPropertyValue(JsonLdKeywords.Set, out var set))
            {
                result.Remove(JsonLdKeywords.Set);
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey(JsonLdKeywords.Language))
        {
            return null;
        }

        if (activeProperty is null or JsonLdKeywords.Graph)
        {
            // Top-level objects that carry no statements are dropped.
            if (result.Count == 0 || result.ContainsKey(JsonLdKeywords.Value) || result.ContainsKey(JsonLdKeywords.List))
            {
                return null;
            }

            if (result.Count == 1 && result.ContainsKey(JsonLdKeywords.Id))
            {
                return null;
            }
        }

        return result;
    }

    private static JsonNode? FinishValueObject(JsonObject result)
    {
        foreach (var (key, _) in result)
        {
            if (key is not (JsonLdKeywords.Direction or JsonLdKeywords.Index or JsonLdKeywords.Language or JsonLdKeywords.Type or JsonLdKeywords.Value))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidValueObject,
                    $"Invalid value object {result.ToJsonString()}: the entry '{key}' is not allowed next to \"@value\".");
            }
        }

        var hasType = result.TryGetPropertyValue(JsonLdKeywords.Type, out var typeNode);
        if (hasType && (result.ContainsKey(JsonLdKeywords.Language) || result.ContainsKey(JsonLdKeywords.Direction)))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidValueObject,
                $"Invalid value object {result.ToJsonString()}: \"@type\" cannot be combined with \"@language\" or \"@direction\".");
        }

        var type = typeNode is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
        if (type == JsonLdKeywords.Json)
        {
            return result;
        }

        var value = result[JsonLdKeywords.Value];
        if (value is null)
        {
            return null;
        }

        if (value.GetValueKind() != JsonValueKind.String && result.ContainsKey(JsonLdKeywords.Language))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidLanguageTaggedValue,
                $"Invalid value object {result.ToJsonString()}: only a string value can have \"@language\".");
        }

        if (hasType && (type is null || !Iri.IsAbsolute(type)))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidTypedValue,
                $"Invalid value object {result.ToJsonString()}: its \"@type\" must be one absolute IRI.");
        }

        return result;
    }

    private static IEnumerable<string> SortedKeys(JsonObject element)
    {
        var keys = new string[element.Count];
        var i = 0;
        foreach (var (key, _) in element)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    /// <summary>Appends <paramref name="value"/> to <paramref name="target"/>, flattening one level of arrays and skipping null.</summary>
    private static void AppendFlattened(JsonArray target, JsonNode? value)
    {
        if (value is JsonArray items)
        {
            var copy = items.ToArray();
            items.Clear();
            foreach (var item in copy)
            {
                target.Add(item);
            }
        }
        else if (value is not null)
        {
            target.Add(value);
        }
    }

    private static JsonArray AsArray(JsonNode? value)
    {
        if (value is JsonArray array)
        {
            return array;
        }

        var result = new JsonArray();
        if (value is not null)
        {
            result.Add(value);
        }

        return result;
    }
}
