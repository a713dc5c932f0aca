namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>
/// A module rule that keeps the generic content admin from creating, editing, publishing, unpublishing
/// or deleting some content items, because the module manages them through screens of its own.
/// </summary>
public interface IContentAdminGuard
{
    /// <summary>Returns the localized reason why the content admin must not change <paramref name="item"/>, or null when it may.</summary>
    string? GetRejection(ContentItem item);
}
