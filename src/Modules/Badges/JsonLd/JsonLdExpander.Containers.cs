using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>Language, index, id and type maps (Expansion Algorithm steps 13.7 and 13.8) and Value Expansion (section 5.3.2).</summary>
internal sealed partial class JsonLdExpander
{
    private JsonArray ExpandLanguageMap(ActiveContext active, string key, TermDefinition definition, JsonObject languageMap)
    {
        var result = new JsonArray();
        var direction = definition.HasDirection ? definition.Direction : active.DefaultDirection;
        foreach (var language in SortedKeys(languageMap))
        {
            var languageValue = languageMap[language];
            var items = languageValue is JsonArray array ? array.ToArray() : [languageValue];
            foreach (var item in items)
            {
                if (item is null)
                {
                    continue;
                }

                if (item is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
                {
                    throw new JsonLdException(
                        JsonLdErrorCodes.InvalidLanguageMapValue,
                        $"The language map '{key}' has the value {item.ToJsonString()} for '{language}'; language map values must be strings.");
                }

                var valueObject = new JsonObject { [JsonLdKeywords.Value] = text.GetValue<string>() };
                if (language != JsonLdKeywords.None && _contexts.ExpandIri(active, language, vocab: true) != JsonLdKeywords.None)
                {
                    valueObject[JsonLdKeywords.Language] = language.ToLowerInvariant();
                }

                if (direction is not null)
                {
                    valueObject[JsonLdKeywords.Direction] = direction;
                }

                result.Add(valueObject);
            }
        }

        return result;
    }

    private JsonArray ExpandIndexedMap(ActiveContext active, string key, TermDefinition definition, JsonObject map, string? baseUrl)
    {
        var result = new JsonArray();
        var indexKey = definition.Index ?? JsonLdKeywords.Index;
        var isIdMap = definition.HasContainer(JsonLdKeywords.Id);
        var isTypeMap = definition.HasContainer(JsonLdKeywords.Type);
        var isIndexMap = definition.HasContainer(JsonLdKeywords.Index);
        var isGraph = definition.HasContainer(JsonLdKeywords.Graph);

        foreach (var index in SortedKeys(map))
        {
            var mapContext = isIdMap || isTypeMap ? active.PreviousContext ?? active : active;
            if (isTypeMap && mapContext.GetTerm(index) is { HasLocalContext: true } indexDefinition)
            {
                mapContext = _contexts.ProcessCached(mapContext, indexDefinition.LocalContext, indexDefinition.BaseUrl, isScopedContext: true);
            }

            var expandedIndex = _contexts.ExpandIri(active, index, vocab: true);
            var indexValue = map[index] is JsonArray values ? values : new JsonArray(map[index]?.DeepClone());
            var expandedItems = AsArray(Expand(mapContext, key, indexValue, baseUrl, fromMap: true));
            foreach (var expandedItem in expandedItems.ToArray())
            {
                expandedItems.Remove(expandedItem);
                var item = expandedItem;
                if (isGraph && !(item is JsonObject graphObject && graphObject.ContainsKey(JsonLdKeywords.Graph)))
                {
                    item = new JsonObject { [JsonLdKeywords.Graph] = AsArray(item) };
                }

                if (item is not JsonObject itemObject)
                {
                    continue;
                }

                if (isIndexMap && indexKey != JsonLdKeywords.Index && expandedIndex != JsonLdKeywords.None)
                {
                    AddPropertyIndex(active, indexKey, index, itemObject);
                }
                else if (isIndexMap && !itemObject.ContainsKey(JsonLdKeywords.Index) && expandedIndex != JsonLdKeywords.None)
                {
                    itemObject[JsonLdKeywords.Index] = index;
                }
                else if (isIdMap && !itemObject.ContainsKey(JsonLdKeywords.Id) && expandedIndex != JsonLdKeywords.None)
                {
                    itemObject[JsonLdKeywords.Id] = _contexts.ExpandIri(active, index, documentRelative: true);
                }
                else if (isTypeMap && expandedIndex != JsonLdKeywords.None)
                {
                    var types = new JsonArray(expandedIndex);
                    if (itemObject[JsonLdKeywords.Type] is JsonArray existing)
                    {
                        itemObject.Remove(JsonLdKeywords.Type);
                        AppendFlattened(types, existing);
                    }

                    itemObject[JsonLdKeywords.Type] = types;
                }

                result.Add(itemObject);
            }
        }

        return result;
    }

    /// <summary>Adds the map key as a value of the property named by the term's @index (property-valued index).</summary>
    private void AddPropertyIndex(ActiveContext active, string indexKey, string index, JsonObject item)
    {
        if (item.ContainsKey(JsonLdKeywords.Value))
        {
            throw new JsonLdException(
                JsonLdErrorCodes.InvalidValueObject,
                $"A property-valued index map contains the value object {item.ToJsonString()} under '{index}'; its items must be node objects.");
        }

        var reExpandedIndex = ExpandValue(active, indexKey, JsonValue.Create(index));
        var expandedIndexKey = _contexts.ExpandIri(active, indexKey, vocab: true)!;
        var values = new JsonArray(reExpandedIndex);
        if (item[expandedIndexKey] is JsonArray existing)
        {
            item.Remove(expandedIndexKey);
            AppendFlattened(values, existing);
        }

        item[expandedIndexKey] = values;
    }

    /// <summary>Value Expansion: turns a scalar into a node reference or a value object according to the term definition.</summary>
    private JsonObject ExpandValue(ActiveContext active, string? activeProperty, JsonNode value)
    {
        var definition = active.GetTerm(activeProperty);
        var isString = value.GetValueKind() == JsonValueKind.String;
        if (definition?.TypeMapping == JsonLdKeywords.Id && isString)
        {
            return new JsonObject { [JsonLdKeywords.Id] = _contexts.ExpandIri(active, value.GetValue<string>(), documentRelative: true) };
        }

        if (definition?.TypeMapping == JsonLdKeywords.Vocab && isString)
        {
            return new JsonObject { [JsonLdKeywords.Id] = _contexts.ExpandIri(active, value.GetValue<string>(), documentRelative: true, vocab: true) };
        }

        var result = new JsonObject { [JsonLdKeywords.Value] = value.DeepClone() };
        var typeMapping = definition?.TypeMapping;
        if (typeMapping is not null and not (JsonLdKeywords.Id or JsonLdKeywords.Vocab or JsonLdKeywords.None))
        {
            result[JsonLdKeywords.Type] = typeMapping;
        }
        else if (isString)
        {
            var language = definition is { HasLanguage: true } ? definition.Language : active.DefaultLanguage;
            var direction = definition is { HasDirection: true } ? definition.Direction : active.DefaultDirection;
            if (language is not null)
            {
                result[JsonLdKeywords.Language] = language;
            }

            if (direction is not null)
            {
                result[JsonLdKeywords.Direction] = direction;
            }
        }

        return result;
    }
}
