using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Contents;

/// <summary>The content types editor's permission, granted to Administrator; hidden where the editor feature is off.</summary>
[Feature(PlatformFeatures.ContentTypes)]
public sealed class ContentTypesPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [ContentPermissions.ManageContentTypes];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
        [new(StandardRoles.Administrator, GetPermissions())];
}
