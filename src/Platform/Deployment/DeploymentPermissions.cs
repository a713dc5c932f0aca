using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>The rights to export the tenant as a recipe and to import recipes; administrators get both.</summary>
[Feature(PlatformFeatures.Deployment)]
public sealed class DeploymentPermissions : IPermissionProvider
{
    public static readonly Permission Export = new("Export", "Export the site's features and settings as a recipe", "Deployment");
    public static readonly Permission Import = new("Import", "Import a recipe that changes the site", "Deployment");

    public IEnumerable<Permission> GetPermissions() => [Export, Import];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
        [new(StandardRoles.Administrator, [Export, Import])];
}
