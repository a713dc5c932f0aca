using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>
/// A field of a part: its name (the key in the part's JSON), its field type ("TextField", …) and
/// settings. <see cref="Settings"/> contains the common <see cref="ContentFieldSettings"/> properties
/// and the options of the field type side by side, as one JSON object.
/// </summary>
public sealed class ContentPartFieldDefinition
{
    private static readonly JsonSerializerOptions SettingsJsonOptions = new(JsonSerializerDefaults.General)
    {
        PropertyNameCaseInsensitive = true,
    };

    public string Name { get; set; } = "";

    /// <summary>Name of the field type, for example "TextField" or "NumericField".</summary>
    public string FieldType { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public int Position { get; set; }

    public JsonObject Settings { get; set; } = [];

    /// <summary>Reads the settings as <typeparamref name="T"/>; raises <see cref="JsonException"/> when a property has the wrong JSON type.</summary>
    public T GetSettings<T>() where T : class, new() =>
        Settings.Deserialize<T>(SettingsJsonOptions) ?? new T();

    public ContentFieldSettings CommonSettings => GetSettings<ContentFieldSettings>();

    public ContentPartFieldDefinition Clone() => new()
    {
        Name = Name,
        FieldType = FieldType,
        DisplayName = DisplayName,
        Position = Position,
        Settings = (JsonObject)Settings.DeepClone(),
    };
}
