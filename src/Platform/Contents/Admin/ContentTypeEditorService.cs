using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>
/// What the content types editor does, checked before it reaches <see cref="IContentDefinitionManager"/>:
/// each method returns localized errors keyed by form field name, and changes nothing when there are any.
/// Fields added here go to the type's own part, the part named like the type.
/// </summary>
public sealed class ContentTypeEditorService(
    IContentDefinitionManager definitions,
    ContentFieldTypes fieldTypes,
    IStringLocalizer<ContentTypeEditorService> S)
{
    /// <summary>Creates a type with a title and its own part, creatable, listable and draftable.</summary>
    public async Task<IReadOnlyList<ContentValidationError>> CreateTypeAsync(
        string name, string displayName, CancellationToken cancellationToken)
    {
        var errors = new List<ContentValidationError>();
        CheckName(name, "Name", errors);
        CheckDisplayName(displayName, errors);
        if (errors.Count == 0 && await definitions.GetTypeDefinitionAsync(name, cancellationToken) is not null)
        {
            errors.Add(new("Name", S["A content type named \"{0}\" already exists. Choose another name.", name]));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await definitions.AlterTypeDefinitionAsync(name, type => type
            .DisplayedAs(displayName.Trim())
            .Creatable()
            .Listable()
            .Draftable()
            .WithPart(TitlePart.PartName, part => part.WithPosition(0))
            .WithPart(name, part => part.WithPosition(1)), cancellationToken);
        return errors;
    }

    public async Task<IReadOnlyList<ContentValidationError>> UpdateTypeAsync(
        string name, string displayName, ContentTypeSettings settings, CancellationToken cancellationToken)
    {
        var errors = new List<ContentValidationError>();
        CheckDisplayName(displayName, errors);
        if (await definitions.GetTypeDefinitionAsync(name, cancellationToken) is null)
        {
            errors.Add(new("Name", S["The content type \"{0}\" does not exist.", name]));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await definitions.AlterTypeDefinitionAsync(name, type => type
            .DisplayedAs(displayName.Trim())
            .WithSettings(s =>
            {
                s.Creatable = settings.Creatable;
                s.Listable = settings.Listable;
                s.Draftable = settings.Draftable;
                s.Versionable = settings.Versionable;
                s.Stereotype = settings.Stereotype.Trim();
            }), cancellationToken);
        return errors;
    }

    public async Task<IReadOnlyList<ContentValidationError>> AddFieldAsync(
        string typeName, NewFieldInput input, CancellationToken cancellationToken)
    {
        var errors = new List<ContentValidationError>();
        var type = await definitions.GetTypeDefinitionAsync(typeName, cancellationToken);
        if (type is null)
        {
            errors.Add(new("Name", S["The content type \"{0}\" does not exist.", typeName]));
            return errors;
        }

        CheckName(input.Name, nameof(NewFieldInput.Name), errors);
        CheckDisplayName(input.DisplayName, errors);
        if (fieldTypes.Find(input.FieldType) is null)
        {
            errors.Add(new(nameof(NewFieldInput.FieldType), S["Choose a field type from the list."]));
        }

        var ownPart = await definitions.GetPartDefinitionAsync(typeName, cancellationToken);
        if (ownPart?.FindField(input.Name) is not null)
        {
            errors.Add(new(nameof(NewFieldInput.Name), S["The type already has a field named \"{0}\". Choose another name.", input.Name]));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (type.FindPart(typeName) is null)
        {
            await definitions.AlterTypeDefinitionAsync(typeName, t => t.WithPart(typeName), cancellationToken);
        }

        await definitions.AlterPartDefinitionAsync(typeName, part => part.WithField(input.Name, field =>
        {
            field.OfType(input.FieldType).WithDisplayName(input.DisplayName.Trim()).Required(input.Required);
            if (!string.IsNullOrWhiteSpace(input.Hint))
            {
                field.WithHint(input.Hint.Trim());
            }
        }), cancellationToken);
        return errors;
    }

    public async Task RemoveFieldAsync(string typeName, string fieldName, CancellationToken cancellationToken)
    {
        if (await definitions.GetPartDefinitionAsync(typeName, cancellationToken) is { } part && part.FindField(fieldName) is not null)
        {
            await definitions.AlterPartDefinitionAsync(typeName, p => p.RemoveField(fieldName), cancellationToken);
        }
    }

    private void CheckName(string name, string key, List<ContentValidationError> errors)
    {
        if (!ContentDefinitionNames.IsValid(name))
        {
            errors.Add(new(key, S["\"{0}\" is not a valid technical name. Use 1 to 64 letters without accents, digits or underscores, starting with a letter.", name]));
        }
    }

    private void CheckDisplayName(string displayName, List<ContentValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add(new("DisplayName", S["The display name is required."]));
        }
    }
}

/// <summary>The "add a field" form of the content types editor.</summary>
public sealed class NewFieldInput
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string FieldType { get; set; } = "";

    public bool Required { get; set; }

    public string? Hint { get; set; }
}
