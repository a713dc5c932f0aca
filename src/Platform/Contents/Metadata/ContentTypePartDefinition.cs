using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>
/// A part attached to a content type. <see cref="Name"/> is the key of the part in the item's JSON
/// and <see cref="PartName"/> the part definition it uses; both are equal unless a type attaches the
/// same part twice.
/// </summary>
public sealed class ContentTypePartDefinition
{
    public string Name { get; set; } = "";

    public string PartName { get; set; } = "";

    /// <summary>Order of the part in editors and displays; lower comes first.</summary>
    public int Position { get; set; }

    /// <summary>Settings of the part on this type, read by the part's own code.</summary>
    public JsonObject Settings { get; set; } = [];

    public ContentTypePartDefinition Clone() => new()
    {
        Name = Name,
        PartName = PartName,
        Position = Position,
        Settings = (JsonObject)Settings.DeepClone(),
    };
}
