using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>Fluent changes to a part definition and its fields.</summary>
public sealed class ContentPartDefinitionBuilder
{
    private readonly ContentPartDefinition _part;

    internal ContentPartDefinitionBuilder(ContentPartDefinition part)
    {
        _part = part;
    }

    public ContentPartDefinition Current => _part;

    public ContentPartDefinitionBuilder WithDisplayName(string displayName)
    {
        _part.DisplayName = displayName;
        return this;
    }

    public ContentPartDefinitionBuilder WithDescription(string description)
    {
        _part.Description = description;
        return this;
    }

    /// <summary>Adds the field <paramref name="name"/>, or changes it when the part already has it.</summary>
    public ContentPartDefinitionBuilder WithField(string name, Action<ContentPartFieldBuilder> configure)
    {
        ContentDefinitionNames.EnsureValid(name, "field");

        var field = _part.FindField(name);
        if (field is null)
        {
            field = new ContentPartFieldDefinition
            {
                Name = name,
                DisplayName = name,
                Position = _part.Fields.Count == 0 ? 0 : _part.Fields.Max(f => f.Position) + 1,
            };
            _part.Fields.Add(field);
        }

        configure(new ContentPartFieldBuilder(field));
        return this;
    }

    public ContentPartDefinitionBuilder RemoveField(string name)
    {
        _part.Fields.RemoveAll(f => string.Equals(f.Name, name, StringComparison.Ordinal));
        return this;
    }
}

/// <summary>Fluent changes to one field of a part.</summary>
public sealed class ContentPartFieldBuilder(ContentPartFieldDefinition field)
{
    /// <summary>Sets the field type by name, for example "TextField".</summary>
    public ContentPartFieldBuilder OfType(string fieldType)
    {
        field.FieldType = fieldType;
        return this;
    }

    public ContentPartFieldBuilder WithDisplayName(string displayName)
    {
        field.DisplayName = displayName;
        return this;
    }

    public ContentPartFieldBuilder WithPosition(int position)
    {
        field.Position = position;
        return this;
    }

    public ContentPartFieldBuilder Required(bool required = true) => WithSetting(nameof(ContentFieldSettings.Required), required);

    public ContentPartFieldBuilder WithHint(string hint) => WithSetting(nameof(ContentFieldSettings.Hint), hint);

    /// <summary>Sets a setting of the field type, for example "Minimum" on a NumericField.</summary>
    public ContentPartFieldBuilder WithSetting(string name, JsonNode? value)
    {
        field.Settings[name] = value;
        return this;
    }
}
