using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Contents;

/// <summary>Permissions of the content admin and the content types editor.</summary>
public static class ContentPermissions
{
    public const string ViewContentName = "ViewContent";
    public const string EditContentName = "EditContent";
    public const string PublishContentName = "PublishContent";
    public const string DeleteContentName = "DeleteContent";
    public const string ManageContentTypesName = "ManageContentTypes";

    public static readonly Permission ViewContent = new(ViewContentName, "View content items in the admin, drafts included", "Content");
    public static readonly Permission EditContent = new(EditContentName, "Create and edit content items", "Content");
    public static readonly Permission PublishContent = new(PublishContentName, "Publish and unpublish content items", "Content");
    public static readonly Permission DeleteContent = new(DeleteContentName, "Delete content items", "Content");
    public static readonly Permission ManageContentTypes = new(ManageContentTypesName, "Create and change content types, parts and fields", "Content");
}
