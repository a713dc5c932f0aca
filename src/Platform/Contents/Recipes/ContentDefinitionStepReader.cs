using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Recipes;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>Definitions read from a ContentDefinition step.</summary>
public sealed record ContentDefinitionStepData(IReadOnlyList<ContentTypeDefinition> Types, IReadOnlyList<ContentPartDefinition> Parts);

/// <summary>
/// Reads the ContentTypes and ContentParts arrays of a ContentDefinition step (Orchard's layout:
/// ContentTypePartDefinitionRecords and ContentPartFieldDefinitionRecords) and reports invalid names,
/// unknown parts, unknown field types and ill-typed properties with their paths.
/// </summary>
public sealed class ContentDefinitionStepReader(
    IContentDefinitionManager definitions,
    ContentFieldTypes fieldTypes,
    ContentPartTypes partTypes,
    IStringLocalizer<ContentDefinitionStepReader> S)
{
    public async Task<ContentDefinitionStepData> ReadAsync(
        RecipeStepContext step, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        var json = new RecipeJson(step, errors, S);
        var parts = new List<ContentPartDefinition>();
        var types = new List<ContentTypeDefinition>();

        foreach (var (partJson, path) in json.Objects(json.Array(step.Step, "ContentParts", "") ?? [], "ContentParts"))
        {
            if (ReadPart(json, partJson, path) is { } part)
            {
                parts.Add(part);
            }
        }

        foreach (var (typeJson, path) in json.Objects(json.Array(step.Step, "ContentTypes", "") ?? [], "ContentTypes"))
        {
            if (ReadType(json, typeJson, path) is { } type)
            {
                types.Add(type);
            }
        }

        await CheckPartReferencesAsync(json, step.Shared, types, parts, cancellationToken);
        return new ContentDefinitionStepData(types, parts);
    }

    private ContentPartDefinition? ReadPart(RecipeJson json, JsonObject partJson, string path)
    {
        var name = ReadName(json, partJson, "Name", path);
        var part = new ContentPartDefinition
        {
            Name = name ?? "",
            DisplayName = json.String(partJson, "DisplayName", path, required: false) ?? name ?? "",
            Description = json.String(partJson, "Description", path, required: false) ?? "",
        };

        var fieldsPath = RecipeJson.Join(path, "ContentPartFieldDefinitionRecords");
        foreach (var (fieldJson, fieldPath) in json.Objects(json.Array(partJson, "ContentPartFieldDefinitionRecords", path) ?? [], fieldsPath))
        {
            if (ReadField(json, fieldJson, fieldPath) is { } field)
            {
                part.Fields.Add(field);
            }
        }

        return name is null ? null : part;
    }

    private ContentPartFieldDefinition? ReadField(RecipeJson json, JsonObject fieldJson, string path)
    {
        var name = ReadName(json, fieldJson, "Name", path);
        var fieldTypeName = json.String(fieldJson, "FieldName", path, required: true);
        var field = new ContentPartFieldDefinition
        {
            Name = name ?? "",
            FieldType = fieldTypeName ?? "",
            DisplayName = json.String(fieldJson, "DisplayName", path, required: false) ?? name ?? "",
            Position = json.Integer(fieldJson, "Position", path) ?? 0,
            Settings = (JsonObject?)json.Object(fieldJson, "Settings", path)?.DeepClone() ?? [],
        };

        var fieldType = fieldTypeName is null ? null : fieldTypes.Find(fieldTypeName);
        if (fieldTypeName is not null && fieldType is null)
        {
            json.Error(RecipeJson.Join(path, "FieldName"),
                S["The field type \"{0}\" is unknown. Use one of: {1}.", fieldTypeName, string.Join(", ", fieldTypes.Names)]);
        }

        if (fieldType is not null)
        {
            CheckSettings(json, field, fieldType.SettingsType, RecipeJson.Join(path, "Settings"));
            CheckSettings(json, field, typeof(ContentFieldSettings), RecipeJson.Join(path, "Settings"));
        }

        return name is null || fieldType is null ? null : field;
    }

    private ContentTypeDefinition? ReadType(RecipeJson json, JsonObject typeJson, string path)
    {
        var name = ReadName(json, typeJson, "Name", path);
        var type = new ContentTypeDefinition
        {
            Name = name ?? "",
            DisplayName = json.String(typeJson, "DisplayName", path, required: false) ?? name ?? "",
        };

        var settingsPath = RecipeJson.Join(path, "Settings");
        if (json.Object(typeJson, "Settings", path) is { } settings)
        {
            type.Settings.Creatable = json.Boolean(settings, "Creatable", settingsPath) ?? false;
            type.Settings.Listable = json.Boolean(settings, "Listable", settingsPath) ?? false;
            type.Settings.Draftable = json.Boolean(settings, "Draftable", settingsPath) ?? false;
            type.Settings.Versionable = json.Boolean(settings, "Versionable", settingsPath) ?? false;
            type.Settings.Stereotype = json.String(settings, "Stereotype", settingsPath, required: false) ?? "";
        }

        var partsPath = RecipeJson.Join(path, "ContentTypePartDefinitionRecords");
        foreach (var (partJson, partPath) in json.Objects(json.Array(typeJson, "ContentTypePartDefinitionRecords", path) ?? [], partsPath))
        {
            var partName = ReadName(json, partJson, "PartName", partPath);
            var key = partJson["Name"] is null ? partName : ReadName(json, partJson, "Name", partPath);
            if (partName is null || key is null)
            {
                continue;
            }

            type.Parts.Add(new ContentTypePartDefinition
            {
                Name = key,
                PartName = partName,
                Position = json.Integer(partJson, "Position", partPath) ?? type.Parts.Count,
                Settings = (JsonObject?)json.Object(partJson, "Settings", partPath)?.DeepClone() ?? [],
            });
        }

        return name is null ? null : type;
    }

    /// <summary>Checks that every attached part is built in, stored, declared in this recipe, or the type's own part.</summary>
    private async Task CheckPartReferencesAsync(
        RecipeJson json, IDictionary<string, object> shared,
        List<ContentTypeDefinition> types, List<ContentPartDefinition> parts, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        known.UnionWith(partTypes.All.Select(p => p.Name));
        known.UnionWith((await definitions.ListPartDefinitionsAsync(cancellationToken)).Select(p => p.Name));
        known.UnionWith(parts.Select(p => p.Name));
        if (shared.TryGetValue(ContentRecipeShared.ContentParts, out var declared) && declared is HashSet<string> declaredParts)
        {
            known.UnionWith(declaredParts);
        }

        for (var t = 0; t < types.Count; t++)
        {
            for (var p = 0; p < types[t].Parts.Count; p++)
            {
                var partName = types[t].Parts[p].PartName;
                if (!known.Contains(partName) && partName != types[t].Name)
                {
                    json.Error($"ContentTypes[{t}].ContentTypePartDefinitionRecords[{p}].PartName",
                        S["The part \"{0}\" is unknown. Declare it in ContentParts, or use a part that exists: {1}.",
                            partName, string.Join(", ", known.Order(StringComparer.Ordinal))]);
                }
            }
        }
    }

    private string? ReadName(RecipeJson json, JsonObject owner, string property, string path)
    {
        var name = json.String(owner, property, path, required: true);
        if (name is not null && !ContentDefinitionNames.IsValid(name))
        {
            json.Error(RecipeJson.Join(path, property),
                S["\"{0}\" is not a valid name. Use 1 to 64 ASCII letters, digits or underscores, starting with a letter.", name]);
            return null;
        }

        return name;
    }

    private void CheckSettings(RecipeJson json, ContentPartFieldDefinition field, Type settingsType, string path)
    {
        try
        {
            field.Settings.Deserialize(settingsType, ContentFieldTypes.SettingsJsonOptions);
        }
        catch (JsonException exception)
        {
            var property = exception.Path is { Length: > 1 } jsonPath ? path + jsonPath.TrimStart('$') : path;
            json.Error(property, S["The setting has the wrong JSON type for a {0}: {1}", field.FieldType, exception.Message]);
        }
    }
}
