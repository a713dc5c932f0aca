using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>Step 13 of the Expansion Algorithm: expands each entry of a map into the result map.</summary>
internal sealed partial class JsonLdExpander
{
    private void ExpandEntries(
        ActiveContext active,
        ActiveContext typeScopedContext,
        string? activeProperty,
        JsonObject element,
        JsonObject result,
        List<string> nests,
        string? inputType,
        string? baseUrl)
    {
        foreach (var key in SortedKeys(element))
        {
            if (key == JsonLdKeywords.Context)
            {
                continue;
            }

            var value = element[key];
            var expandedProperty = _contexts.ExpandIri(active, key, vocab: true);
            if (expandedProperty is null || !(JsonLdKeywords.IsKeyword(expandedProperty) || expandedProperty.Contains(':')))
            {
                if (_safeMode)
                {
                    throw new JsonLdException(
                        JsonLdErrorCodes.SafeModeViolation,
                        $"The property '{key}' is not defined by the JSON-LD contexts of the document, so expansion would drop it. "
                        + "Define the term in a context, use a property of the contexts in \"@context\", or use an absolute IRI.");
                }

                continue;
            }

            if (_safeMode && !JsonLdKeywords.IsKeyword(expandedProperty) && !Iri.IsAbsolute(expandedProperty) && !Iri.IsBlankNodeIdentifier(expandedProperty))
            {
                throw new JsonLdException(
                    JsonLdErrorCodes.SafeModeViolation,
                    $"The property '{key}' expands to '{expandedProperty}', which is not an absolute IRI.");
            }

            if (JsonLdKeywords.IsKeyword(expandedProperty))
            {
                ExpandKeywordEntry(active, typeScopedContext, activeProperty, key, expandedProperty, value, result, nests, inputType, baseUrl);
                continue;
            }

            var definition = active.GetTerm(key);
            JsonNode? expandedValue;
            if (definition?.TypeMapping == JsonLdKeywords.Json)
            {
                expandedValue = new JsonObject
                {
                    [JsonLdKeywords.Value] = value?.DeepClone(),
                    [JsonLdKeywords.Type] = JsonLdKeywords.Json,
                };
            }
            else if (definition is not null && definition.HasContainer(JsonLdKeywords.Language) && value is JsonObject languageMap)
            {
                expandedValue = ExpandLanguageMap(active, key, definition, languageMap);
            }
            else if (definition is not null && value is JsonObject indexedMap
                && (definition.HasContainer(JsonLdKeywords.Index) || definition.HasContainer(JsonLdKeywords.Type) || definition.HasContainer(JsonLdKeywords.Id)))
            {
                expandedValue = ExpandIndexedMap(active, key, definition, indexedMap, baseUrl);
            }
            else
            {
                expandedValue = Expand(active, key, value, baseUrl);
            }

            if (expandedValue is null)
            {
                continue;
            }

            if (definition is not null && definition.HasContainer(JsonLdKeywords.List) && !IsListObject(expandedValue))
            {
                expandedValue = new JsonObject { [JsonLdKeywords.List] = AsArray(expandedValue) };
            }

            if (definition is not null && definition.HasContainer(JsonLdKeywords.Graph)
                && !definition.HasContainer(JsonLdKeywords.Id) && !definition.HasContainer(JsonLdKeywords.Index))
            {
                var graphs = new JsonArray();
                foreach (var item in AsArray(expandedValue).ToArray())
                {
                    item!.Parent?.AsArray().Remove(item);
                    graphs.Add(new JsonObject { [JsonLdKeywords.Graph] = AsArray(item) });
                }

                expandedValue = graphs;
            }

            if (definition is { IsReverse: true })
            {
                var reverseMap = result[JsonLdKeywords.Reverse] as JsonObject ?? new JsonObject();
                result[JsonLdKeywords.Reverse] = reverseMap;
                foreach (var item in AsArray(expandedValue).ToArray())
                {
                    if (item is JsonObject itemObject && (itemObject.ContainsKey(JsonLdKeywords.Value) || itemObject.ContainsKey(JsonLdKeywords.List)))
                    {
                        throw new JsonLdException(
                            JsonLdErrorCodes.InvalidReversePropertyValue,
                            $"The reverse property '{key}' has a value or list object; reverse properties take node objects only.");
                    }
                }

                AddValues(reverseMap, expandedProperty, expandedValue);
            }
            else
            {
                AddValues(result, expandedProperty, expandedValue);
            }
        }
    }

    private static bool IsListObject(JsonNode node) => node is JsonObject map && map.ContainsKey(JsonLdKeywords.List);

    /// <summary>Appends values (one node or the items of an array) to the array at <paramref name="key"/>.</summary>
    private static void AddValues(JsonObject target, string key, JsonNode? values)
    {
        if (target[key] is not JsonArray existing)
        {
            existing = new JsonArray();
            var previous = target[key];
            if (previous is not null)
            {
                target.Remove(key);
                existing.Add(previous);
            }

            target[key] = existing;
        }

        AppendFlattened(existing, values);
    }
}
