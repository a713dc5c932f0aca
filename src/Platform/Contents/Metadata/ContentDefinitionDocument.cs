namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>Every content type and part definition of a tenant, stored as one document.</summary>
public sealed class ContentDefinitionDocument
{
    public List<ContentTypeDefinition> Types { get; set; } = [];

    public List<ContentPartDefinition> Parts { get; set; } = [];
}
