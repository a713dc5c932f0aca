using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Features;

/// <summary>The permission to enable and disable features on a tenant, granted to each tenant's administrators.</summary>
public sealed class FeaturePermissions : IPermissionProvider
{
    public const string ManageFeaturesName = "ManageFeatures";

    public static readonly Permission ManageFeatures = new(ManageFeaturesName, "Enable and disable the site's features", "Features");

    public IEnumerable<Permission> GetPermissions() => [ManageFeatures];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
        [new(StandardRoles.Administrator, [ManageFeatures])];
}
