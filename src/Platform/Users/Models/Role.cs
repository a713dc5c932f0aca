namespace ApprenantAgile.Platform.Users.Models;

/// <summary>A named set of granted permissions. Roles live in the tenant's <see cref="RolesDocument"/>, not in a table.</summary>
public sealed class Role
{
    public string Name { get; set; } = "";

    /// <summary>Upper-case form of <see cref="Name"/> that Identity compares roles with.</summary>
    public string NormalizedName { get; set; } = "";

    /// <summary>Description shown in the admin, as the administrator typed it.</summary>
    public string Description { get; set; } = "";

    /// <summary>Names of the granted permissions (see IPermissionProvider).</summary>
    public List<string> Permissions { get; set; } = [];
}
