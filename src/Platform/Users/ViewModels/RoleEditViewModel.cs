using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Users.ViewModels;

/// <summary>Permission matrix of one role: the permissions of each enabled feature, and which are granted.</summary>
public sealed class RoleEditViewModel
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<string> GrantedPermissions { get; set; } = [];

    public IReadOnlyList<FeaturePermissionGroup> Features { get; set; } = [];

    /// <summary>True for Administrator, which is granted every permission whatever is checked.</summary>
    public bool HoldsAllPermissions { get; set; }
}
