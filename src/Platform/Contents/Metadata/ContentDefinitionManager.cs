using System.Text.Json;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Documents;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>
/// Keeps the definitions in the tenant's <see cref="ContentDefinitionDocument"/>. The document is
/// read once per scope and saved after each change.
/// </summary>
public sealed class ContentDefinitionManager(
    IDocumentStore documents,
    ContentFieldTypes fieldTypes,
    ILogger<ContentDefinitionManager> logger) : IContentDefinitionManager
{
    private ContentDefinitionDocument? _document;

    public async Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        return FindType(document, name)?.Clone();
    }

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        return document.Types.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Clone()).ToList();
    }

    public async Task<ContentPartDefinition?> GetPartDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        return FindPart(document, name)?.Clone();
    }

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        return document.Parts.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Clone()).ToList();
    }

    public async Task<ContentTypeDefinition> AlterTypeDefinitionAsync(
        string name, Action<ContentTypeDefinitionBuilder> alter, CancellationToken cancellationToken = default)
    {
        ContentDefinitionNames.EnsureValid(name, "content type");
        var document = await LoadAsync(cancellationToken);

        var existing = FindType(document, name);
        var type = existing?.Clone() ?? new ContentTypeDefinition { Name = name, DisplayName = name };
        alter(new ContentTypeDefinitionBuilder(type));

        foreach (var part in type.Parts.Where(p => FindPart(document, p.PartName) is null))
        {
            document.Parts.Add(new ContentPartDefinition { Name = part.PartName, DisplayName = part.PartName });
        }

        document.Types.RemoveAll(t => t.Name == name);
        document.Types.Add(type);
        await SaveAsync(document, cancellationToken);

        logger.LogInformation("Content type {ContentType} {Change} with parts {Parts}",
            name, existing is null ? "created" : "altered", string.Join(", ", type.Parts.Select(p => p.Name)));
        return type.Clone();
    }

    public async Task<ContentPartDefinition> AlterPartDefinitionAsync(
        string name, Action<ContentPartDefinitionBuilder> alter, CancellationToken cancellationToken = default)
    {
        ContentDefinitionNames.EnsureValid(name, "part");
        var document = await LoadAsync(cancellationToken);

        var existing = FindPart(document, name);
        var part = existing?.Clone() ?? new ContentPartDefinition { Name = name, DisplayName = name };
        alter(new ContentPartDefinitionBuilder(part));

        foreach (var field in part.Fields)
        {
            EnsureFieldIsValid(part, field);
        }

        document.Parts.RemoveAll(p => p.Name == name);
        document.Parts.Add(part);
        await SaveAsync(document, cancellationToken);

        logger.LogInformation("Content part {ContentPart} {Change} with fields {Fields}",
            name, existing is null ? "created" : "altered", string.Join(", ", part.Fields.Select(f => f.Name)));
        return part.Clone();
    }

    public async Task DeleteTypeDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        if (document.Types.RemoveAll(t => t.Name == name) == 0)
        {
            return;
        }

        await SaveAsync(document, cancellationToken);
        logger.LogInformation("Content type {ContentType} deleted", name);
    }

    public async Task DeletePartDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        var users = document.Types.Where(t => t.Parts.Any(p => p.PartName == name)).Select(t => t.Name).ToList();
        if (users.Count > 0)
        {
            throw new InvalidOperationException(
                $"The part '{name}' cannot be deleted because the content types {string.Join(", ", users)} attach it. Remove it from those types first.");
        }

        if (document.Parts.RemoveAll(p => p.Name == name) == 0)
        {
            return;
        }

        await SaveAsync(document, cancellationToken);
        logger.LogInformation("Content part {ContentPart} deleted", name);
    }

    private void EnsureFieldIsValid(ContentPartDefinition part, ContentPartFieldDefinition field)
    {
        var fieldType = fieldTypes.Find(field.FieldType) ?? throw new ArgumentException(
            $"The field '{part.Name}.{field.Name}' has the unknown field type '{field.FieldType}'. Use one of: {string.Join(", ", fieldTypes.Names)}.");

        try
        {
            field.Settings.Deserialize(fieldType.SettingsType, ContentFieldTypes.SettingsJsonOptions);
            field.GetSettings<ContentFieldSettings>();
        }
        catch (JsonException exception)
        {
            throw new ArgumentException(
                $"The settings of field '{part.Name}.{field.Name}' are invalid at {exception.Path}: {exception.Message}", exception);
        }
    }

    private static ContentTypeDefinition? FindType(ContentDefinitionDocument document, string name) =>
        document.Types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    private static ContentPartDefinition? FindPart(ContentDefinitionDocument document, string name) =>
        document.Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    private async Task<ContentDefinitionDocument> LoadAsync(CancellationToken cancellationToken) =>
        _document ??= await documents.GetAsync<ContentDefinitionDocument>(cancellationToken);

    private async Task SaveAsync(ContentDefinitionDocument document, CancellationToken cancellationToken)
    {
        await documents.SaveAsync(document, cancellationToken);
        _document = document;
    }
}
