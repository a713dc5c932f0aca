namespace ApprenantAgile.Platform.Users.Models;

/// <summary>A role held by a user; <see cref="RoleName"/> is the role's name as declared in the <see cref="RolesDocument"/>.</summary>
public sealed class UserRole
{
    public required string UserId { get; set; }

    public required string RoleName { get; set; }
}
