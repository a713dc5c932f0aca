using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>Exports every content type and part as one ContentDefinition step.</summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentDefinitionDeploymentSource(IContentDefinitionManager definitions) : IDeploymentSource
{
    public int Order => 100;

    public async Task ExportAsync(IList<JsonObject> steps, CancellationToken cancellationToken)
    {
        var types = new JsonArray();
        foreach (var type in await definitions.ListTypeDefinitionsAsync(cancellationToken))
        {
            types.Add(new JsonObject
            {
                ["Name"] = type.Name,
                ["DisplayName"] = type.DisplayName,
                ["Settings"] = new JsonObject
                {
                    ["Creatable"] = type.Settings.Creatable,
                    ["Listable"] = type.Settings.Listable,
                    ["Draftable"] = type.Settings.Draftable,
                    ["Versionable"] = type.Settings.Versionable,
                    ["Stereotype"] = type.Settings.Stereotype,
                },
                ["ContentTypePartDefinitionRecords"] = new JsonArray(type.OrderedParts.Select(p => (JsonNode)new JsonObject
                {
                    ["PartName"] = p.PartName,
                    ["Name"] = p.Name,
                    ["Position"] = p.Position,
                    ["Settings"] = p.Settings.DeepClone(),
                }).ToArray()),
            });
        }

        var parts = new JsonArray();
        foreach (var part in await definitions.ListPartDefinitionsAsync(cancellationToken))
        {
            parts.Add(new JsonObject
            {
                ["Name"] = part.Name,
                ["DisplayName"] = part.DisplayName,
                ["Description"] = part.Description,
                ["ContentPartFieldDefinitionRecords"] = new JsonArray(part.OrderedFields.Select(f => (JsonNode)new JsonObject
                {
                    ["FieldName"] = f.FieldType,
                    ["Name"] = f.Name,
                    ["DisplayName"] = f.DisplayName,
                    ["Position"] = f.Position,
                    ["Settings"] = f.Settings.DeepClone(),
                }).ToArray()),
            });
        }

        steps.Add(new JsonObject { ["name"] = ContentDefinitionStep.Name, ["ContentTypes"] = types, ["ContentParts"] = parts });
    }
}
