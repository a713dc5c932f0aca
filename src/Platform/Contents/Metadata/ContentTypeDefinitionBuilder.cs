using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>Fluent changes to a content type, as in Orchard's <c>AlterTypeDefinition(name, type => type.WithPart(...))</c>.</summary>
public sealed class ContentTypeDefinitionBuilder
{
    private readonly ContentTypeDefinition _type;

    internal ContentTypeDefinitionBuilder(ContentTypeDefinition type)
    {
        _type = type;
    }

    public ContentTypeDefinition Current => _type;

    public ContentTypeDefinitionBuilder DisplayedAs(string displayName)
    {
        _type.DisplayName = displayName;
        return this;
    }

    public ContentTypeDefinitionBuilder Creatable(bool value = true) => WithSettings(s => s.Creatable = value);

    public ContentTypeDefinitionBuilder Listable(bool value = true) => WithSettings(s => s.Listable = value);

    public ContentTypeDefinitionBuilder Draftable(bool value = true) => WithSettings(s => s.Draftable = value);

    public ContentTypeDefinitionBuilder Versionable(bool value = true) => WithSettings(s => s.Versionable = value);

    public ContentTypeDefinitionBuilder Stereotype(string stereotype) => WithSettings(s => s.Stereotype = stereotype);

    public ContentTypeDefinitionBuilder WithSettings(Action<ContentTypeSettings> configure)
    {
        configure(_type.Settings);
        return this;
    }

    /// <summary>Attaches the part <paramref name="partName"/> under the same name, or changes it when already attached.</summary>
    public ContentTypeDefinitionBuilder WithPart(string partName, Action<ContentTypePartBuilder>? configure = null) =>
        WithPart(partName, partName, configure);

    /// <summary>Attaches the part definition <paramref name="partName"/> under the key <paramref name="name"/>.</summary>
    public ContentTypeDefinitionBuilder WithPart(string name, string partName, Action<ContentTypePartBuilder>? configure = null)
    {
        ContentDefinitionNames.EnsureValid(name, "part");
        ContentDefinitionNames.EnsureValid(partName, "part");

        var part = _type.FindPart(name);
        if (part is null)
        {
            part = new ContentTypePartDefinition { Name = name, Position = NextPosition() };
            _type.Parts.Add(part);
        }

        part.PartName = partName;
        configure?.Invoke(new ContentTypePartBuilder(part));
        return this;
    }

    public ContentTypeDefinitionBuilder RemovePart(string name)
    {
        _type.Parts.RemoveAll(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        return this;
    }

    private int NextPosition() => _type.Parts.Count == 0 ? 0 : _type.Parts.Max(p => p.Position) + 1;
}

/// <summary>Fluent changes to one part attached to a type.</summary>
public sealed class ContentTypePartBuilder(ContentTypePartDefinition part)
{
    public ContentTypePartBuilder WithPosition(int position)
    {
        part.Position = position;
        return this;
    }

    public ContentTypePartBuilder WithSetting(string name, JsonNode? value)
    {
        part.Settings[name] = value;
        return this;
    }
}
