using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;

namespace ApprenantAgile.Platform.Contents.Display;

/// <summary>Builds the display of an item from its type: parts in order, and the fields that have a value.</summary>
public sealed class ContentDisplayService(
    IContentDefinitionManager definitions,
    ContentFieldTypes fieldTypes,
    ContentPartTypes partTypes,
    IServiceProvider services)
{
    /// <summary>Returns the display, or null when the item's type is no longer defined.</summary>
    public async Task<ContentDisplayModel?> BuildDisplayAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken);
        if (type is null)
        {
            return null;
        }

        var parts = new List<PartDisplayModel>();
        foreach (var typePart in type.OrderedParts)
        {
            var partJson = item.GetPart(typePart.Name);
            var partDefinition = await definitions.GetPartDefinitionAsync(typePart.PartName, cancellationToken);
            var fields = new List<FieldDisplayModel>();

            foreach (var field in partDefinition?.OrderedFields ?? [])
            {
                if (fieldTypes.Find(field.FieldType) is not { } fieldType)
                {
                    continue;
                }

                var html = await fieldType.DisplayAsync(new ContentFieldContext
                {
                    ContentItem = item, TypePart = typePart, Field = field, Prefix = typePart.Name + "." + field.Name,
                    Value = partJson?[field.Name] as JsonObject, Services = services, CancellationToken = cancellationToken,
                });
                if (html is not null)
                {
                    fields.Add(new FieldDisplayModel(field.Name, field.DisplayName, html));
                }
            }

            var partHtml = partTypes.Find(typePart.PartName)?.Display(partJson);
            if (partHtml is not null || fields.Count > 0)
            {
                var displayName = partDefinition?.DisplayName is { Length: > 0 } name ? name : typePart.Name;
                parts.Add(new PartDisplayModel(typePart.Name, displayName, partHtml, fields));
            }
        }

        return new ContentDisplayModel(item, parts);
    }
}
