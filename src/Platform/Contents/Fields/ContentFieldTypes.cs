using System.Text.Json;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>The registered field types, by name.</summary>
public sealed class ContentFieldTypes(IEnumerable<IContentFieldType> fieldTypes)
{
    /// <summary>How field settings are read: property names ignore case, as in recipes written by hand.</summary>
    public static readonly JsonSerializerOptions SettingsJsonOptions = new(JsonSerializerDefaults.General)
    {
        PropertyNameCaseInsensitive = true,
    };

    private readonly Dictionary<string, IContentFieldType> _byName =
        fieldTypes.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public IEnumerable<IContentFieldType> All => _byName.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    public IContentFieldType? Find(string name) => _byName.GetValueOrDefault(name);
}
