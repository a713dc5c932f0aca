using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Contents;

/// <summary>Content permissions: Administrator gets them all, Formateur may view, edit and publish.</summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() =>
    [
        ContentPermissions.ViewContent,
        ContentPermissions.EditContent,
        ContentPermissions.PublishContent,
        ContentPermissions.DeleteContent,
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, GetPermissions()),
        new(StandardRoles.Formateur, [ContentPermissions.ViewContent, ContentPermissions.EditContent, ContentPermissions.PublishContent]),
    ];
}
