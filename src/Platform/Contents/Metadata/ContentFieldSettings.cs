namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>Settings every field type honours, read from the field definition's settings.</summary>
public sealed class ContentFieldSettings
{
    /// <summary>The field must have a value before the item can be saved.</summary>
    public bool Required { get; set; }

    /// <summary>Help text shown under the field's editor.</summary>
    public string Hint { get; set; } = "";
}
