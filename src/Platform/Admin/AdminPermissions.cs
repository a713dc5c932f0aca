namespace ApprenantAgile.Platform.Admin;

/// <summary>Names of the permissions that the admin shell checks.</summary>
public static class AdminPermissions
{
    /// <summary>Opens the admin dashboard and shows the admin menu.</summary>
    public const string AccessAdmin = "AccessAdmin";
}
