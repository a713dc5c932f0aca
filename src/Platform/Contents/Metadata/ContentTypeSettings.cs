namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>How items of a content type behave in the admin and on the site.</summary>
public sealed class ContentTypeSettings
{
    /// <summary>Editors may create items of this type from the admin.</summary>
    public bool Creatable { get; set; }

    /// <summary>Items appear in the admin list and published ones are shown at <c>/contents/{id}</c>.</summary>
    public bool Listable { get; set; }

    /// <summary>Edits are saved as a draft, and the published version stays visible until the draft is published.</summary>
    public bool Draftable { get; set; }

    /// <summary>Superseded versions are kept as history rows instead of being deleted.</summary>
    public bool Versionable { get; set; }

    /// <summary>Optional role of the type for other modules (for example "Widget"); empty for ordinary content.</summary>
    public string Stereotype { get; set; } = "";

    public ContentTypeSettings Clone() => (ContentTypeSettings)MemberwiseClone();
}
