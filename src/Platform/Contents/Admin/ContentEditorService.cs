using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>
/// Builds the editor of an item from its type's parts and fields, and applies a posted editor form
/// to the item: every part and field reads its inputs, then checks Required and its own rules.
/// </summary>
public sealed class ContentEditorService(
    IContentDefinitionManager definitions,
    ContentFieldTypes fieldTypes,
    ContentPartTypes partTypes,
    IServiceProvider services,
    IStringLocalizer<ContentEditorService> S)
{
    public async Task<ContentEditorModel> BuildEditorAsync(
        ContentItem item, IReadOnlyList<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        var type = await RequireTypeAsync(item, cancellationToken);
        var parts = new List<PartEditorModel>();

        foreach (var typePart in type.OrderedParts)
        {
            var partDefinition = await definitions.GetPartDefinitionAsync(typePart.PartName, cancellationToken);
            var partJson = item.GetPart(typePart.Name) ?? [];
            var fields = new List<FieldEditorModel>();

            foreach (var field in partDefinition?.OrderedFields ?? [])
            {
                if (fieldTypes.Find(field.FieldType) is not { } fieldType)
                {
                    continue;
                }

                var prefix = typePart.Name + "." + field.Name;
                fields.Add(new FieldEditorModel
                {
                    Definition = field,
                    CommonSettings = field.CommonSettings,
                    Prefix = prefix,
                    Value = partJson[field.Name] as JsonObject,
                    EditorPartial = fieldType.EditorPartial,
                    Errors = errors.Where(e => e.Key == prefix).Select(e => e.Message).ToList(),
                });
            }

            var partType = partTypes.Find(typePart.PartName);
            parts.Add(new PartEditorModel
            {
                Name = typePart.Name,
                DisplayName = partDefinition?.DisplayName is { Length: > 0 } displayName ? displayName : typePart.Name,
                EditorPartial = partType?.EditorPartial,
                Value = partJson,
                Fields = fields,
                Errors = errors.Where(e => e.Key.StartsWith(typePart.Name + ".", StringComparison.Ordinal)).ToList(),
            });
        }

        return new ContentEditorModel { ContentItem = item, TypeDefinition = type, Parts = parts, Errors = errors };
    }

    /// <summary>Copies the form into <paramref name="item"/>'s content and returns the validation errors; empty means valid.</summary>
    public async Task<IReadOnlyList<ContentValidationError>> UpdateAsync(
        ContentItem item, IFormCollection form, CancellationToken cancellationToken)
    {
        var type = await RequireTypeAsync(item, cancellationToken);
        var errors = new List<ContentValidationError>();

        foreach (var typePart in type.OrderedParts)
        {
            var partJson = item.GetOrCreatePart(typePart.Name);
            if (partTypes.Find(typePart.PartName) is { } partType)
            {
                partType.ReadEditor(partJson, form, typePart.Name);
                partType.Validate(partJson, typePart, typePart.Name, errors);
            }

            var partDefinition = await definitions.GetPartDefinitionAsync(typePart.PartName, cancellationToken);
            foreach (var field in partDefinition?.OrderedFields ?? [])
            {
                await UpdateFieldAsync(item, typePart, field, partJson, form, errors, cancellationToken);
            }
        }

        return errors;
    }

    private async Task UpdateFieldAsync(
        ContentItem item,
        ContentTypePartDefinition typePart,
        ContentPartFieldDefinition field,
        JsonObject partJson,
        IFormCollection form,
        List<ContentValidationError> errors,
        CancellationToken cancellationToken)
    {
        if (fieldTypes.Find(field.FieldType) is not { } fieldType)
        {
            return;
        }

        var prefix = typePart.Name + "." + field.Name;
        var readContext = new ContentFieldContext
        {
            ContentItem = item, TypePart = typePart, Field = field, Prefix = prefix,
            Form = form, Services = services, CancellationToken = cancellationToken,
        };
        var value = fieldType.ReadEditor(readContext);
        partJson[field.Name] = value;
        errors.AddRange(readContext.Errors);
        if (readContext.Errors.Count > 0)
        {
            return;
        }

        if (field.CommonSettings.Required && !fieldType.HasValue(value))
        {
            errors.Add(new ContentValidationError(prefix, S["{0} is required.", field.DisplayName]));
            return;
        }

        var validateContext = new ContentFieldContext
        {
            ContentItem = item, TypePart = typePart, Field = field, Prefix = prefix, Value = value,
            Services = services, CancellationToken = cancellationToken,
        };
        await fieldType.ValidateAsync(validateContext);
        errors.AddRange(validateContext.Errors);
    }

    private async Task<ContentTypeDefinition> RequireTypeAsync(ContentItem item, CancellationToken cancellationToken) =>
        await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken)
        ?? throw new InvalidOperationException(
            $"The content item '{item.ContentItemId}' has the type '{item.ContentType}', which is no longer defined. Define the type again to edit the item.");
}
