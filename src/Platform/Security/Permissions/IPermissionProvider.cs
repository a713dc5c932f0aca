namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>
/// Declares a feature's permissions and which default roles receive them at setup. A provider
/// belongs to its module's main feature (or its [Feature]); disabled features' permissions are hidden.
/// </summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Default grants: role name (Administrator, Formateur, Apprenant) to permissions.</summary>
    IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() => [];
}
