namespace ApprenantAgile.Platform.Contents;

/// <summary>Which version of an item <see cref="IContentManager.GetAsync"/> returns.</summary>
public enum VersionOptions
{
    /// <summary>The published version, or null when the item is not published.</summary>
    Published,

    /// <summary>The newest version, published or not.</summary>
    Latest,

    /// <summary>The newest version when it is an unpublished draft, else null.</summary>
    Draft,

    /// <summary>
    /// The newest version when it is a draft; when it is published, a new unsaved draft copied from it.
    /// The copy becomes the latest version when passed to <see cref="IContentManager.UpdateAsync"/>.
    /// </summary>
    DraftRequired,
}
