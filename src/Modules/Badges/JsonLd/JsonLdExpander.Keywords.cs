using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>Step 13.4 of the Expansion Algorithm: entries whose key expands to a keyword.</summary>
internal sealed partial class JsonLdExpander
{
    private void ExpandKeywordEntry(
        ActiveContext active,
        ActiveContext typeScopedContext,
        string? activeProperty,
        string key,
        string keyword,
        JsonNode? value,
        JsonObject result,
        List<string> nests,
        string? inputType,
        string? baseUrl)
    {
        if (activeProperty == JsonLdKeywords.Reverse)
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidReversePropertyMap,
                $"The \"@reverse\" map contains the keyword entry '{key}'; it may only contain properties.");
        }

        if (result.ContainsKey(keyword) && keyword is not (JsonLdKeywords.Included or JsonLdKeywords.Type))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.CollidingKeywords,
                $"Two entries of one object expand to the keyword '{keyword}' (the second is '{key}').");
        }

        JsonNode? expandedValue;
        switch (keyword)
        {
            case JsonLdKeywords.Id:
                expandedValue = _contexts.ExpandIri(active, ReadString(value, JsonLdErrorCodes.InvalidIdValue, key), documentRelative: true);
                break;

            case JsonLdKeywords.Type:
                expandedValue = ExpandTypeValue(typeScopedContext, key, value);
                if (result[JsonLdKeywords.Type] is JsonArray existingTypes)
                {
                    AppendFlattened(existingTypes, expandedValue);
                    return;
                }

                break;

            case JsonLdKeywords.Graph:
                expandedValue = AsArray(Expand(active, JsonLdKeywords.Graph, value, baseUrl));
                break;

            case JsonLdKeywords.Included:
                expandedValue = ExpandIncluded(active, value, baseUrl);
                if (result[JsonLdKeywords.Included] is JsonArray existingIncluded)
                {
                    AppendFlattened(existingIncluded, expandedValue);
                    return;
                }

                break;

            case JsonLdKeywords.Value:
                if (inputType == JsonLdKeywords.Json)
                {
                    expandedValue = value?.DeepClone();
                    result[JsonLdKeywords.Value] = expandedValue;
                    return;
                }

                if (value is JsonObject or JsonArray)
                {
                    throw new JsonLdException(
                        JsonLdErrorCodes.InvalidValueObjectValue,
                        $"Invalid \"{key}\" {value.ToJsonString()}: a value must be a string, number, boolean or null unless its type is \"@json\".");
                }

                result[JsonLdKeywords.Value] = value?.DeepClone();
                return;

            case JsonLdKeywords.Language:
                expandedValue = ReadString(value, JsonLdErrorCodes.InvalidLanguageTaggedString, key).ToLowerInvariant();
                break;

            case JsonLdKeywords.Direction:
                var direction = ReadString(value, JsonLdErrorCodes.InvalidBaseDirection, key);
                if (direction is not ("ltr" or "rtl"))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidBaseDirection, $"Invalid \"{key}\" '{direction}': it must be \"ltr\" or \"rtl\".");
                }

                expandedValue = direction;
                break;

            case JsonLdKeywords.Index:
                expandedValue = ReadString(value, JsonLdErrorCodes.InvalidIndexValue, key);
                break;

            case JsonLdKeywords.List:
                if (activeProperty is null or JsonLdKeywords.Graph)
                {
                    return;
                }

                expandedValue = AsArray(Expand(active, activeProperty, value, baseUrl));
                break;

            case JsonLdKeywords.Set:
                expandedValue = Expand(active, activeProperty, value, baseUrl);
                break;

            case JsonLdKeywords.Reverse:
                ExpandReverse(active, key, value, result, baseUrl);
                return;

            case JsonLdKeywords.Nest:
                nests.Add(key);
                return;

            default:
                // Framing keywords (@default, @embed, ...) and @context have no meaning here.
                return;
        }

        if (expandedValue is not null)
        {
            result[keyword] = expandedValue;
        }
    }

    private JsonArray ExpandTypeValue(ActiveContext typeScopedContext, string key, JsonNode? value)
    {
        var items = value is JsonArray array ? array.ToArray() : [value];
        var expanded = new JsonArray();
        foreach (var item in items)
        {
            if (item is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidTypeValue,
                    $"Invalid \"{key}\" {value?.ToJsonString() ?? "null"}: a type must be a string or an array of strings.");
            }

            var type = text.GetValue<string>();
            var iri = _contexts.ExpandIri(typeScopedContext, type, documentRelative: true, vocab: true);
            if (_safeMode && (iri is null || !(Iri.IsAbsolute(iri) || Iri.IsBlankNodeIdentifier(iri) || iri == JsonLdKeywords.Json)))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.SafeModeViolation,
                    $"The type '{type}' is not defined by the JSON-LD contexts of the document and expands to the relative IRI '{iri}'. "
                    + "Add the context that defines it to \"@context\" or use an absolute IRI.");
            }

            if (iri is not null)
            {
                expanded.Add(iri);
            }
        }

        return expanded;
    }

    private JsonArray ExpandIncluded(ActiveContext active, JsonNode? value, string? baseUrl)
    {
        var included = AsArray(Expand(active, null, value, baseUrl));
        foreach (var item in included)
        {
            if (item is not JsonObject node || node.ContainsKey(JsonLdKeywords.Value) || node.ContainsKey(JsonLdKeywords.List) || node.ContainsKey(JsonLdKeywords.Set))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.InvalidIncludedValue,
                    $"Invalid \"@included\" item {item?.ToJsonString() ?? "null"}: it must be a node object.");
            }
        }

        return included;
    }

    private void ExpandReverse(ActiveContext active, string key, JsonNode? value, JsonObject result, string? baseUrl)
    {
        if (value is not JsonObject)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidReverseValue, $"Invalid \"{key}\": its value must be an object of properties.");
        }

        if (Expand(active, JsonLdKeywords.Reverse, value, baseUrl) is not JsonObject expanded)
        {
            return;
        }

        if (expanded[JsonLdKeywords.Reverse] is JsonObject doubleReversed)
        {
            foreach (var (property, items) in doubleReversed.ToArray())
            {
                doubleReversed.Remove(property);
                AddValues(result, property, items);
            }

            expanded.Remove(JsonLdKeywords.Reverse);
        }

        if (expanded.Count == 0)
        {
            return;
        }

        var reverseMap = result[JsonLdKeywords.Reverse] as JsonObject ?? new JsonObject();
        result[JsonLdKeywords.Reverse] = reverseMap;
        foreach (var (property, items) in expanded.ToArray())
        {
            expanded.Remove(property);
            foreach (var item in AsArray(items))
            {
                if (item is JsonObject itemObject && (itemObject.ContainsKey(JsonLdKeywords.Value) || itemObject.ContainsKey(JsonLdKeywords.List)))
                {
                    throw new JsonLdException(
                        JsonLdErrorCodes.InvalidReversePropertyValue,
                        $"The reverse property '{property}' has a value or list object; reverse properties take node objects only.");
                }
            }

            AddValues(reverseMap, property, items);
        }
    }

    private static string ReadString(JsonNode? value, string errorCode, string key)
    {
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            return text.GetValue<string>();
        }

        throw new JsonLdException(errorCode, $"Invalid \"{key}\" {value?.ToJsonString() ?? "null"}: it must be a string.");
    }
}
