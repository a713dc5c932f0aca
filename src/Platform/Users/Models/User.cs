namespace ApprenantAgile.Platform.Users.Models;

/// <summary>
/// A person who signs in to one tenant. Each tenant has its own Users table, so the same e-mail
/// can exist on two tenants as two unrelated accounts.
/// </summary>
public sealed class User
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public required string UserName { get; set; }

    public string NormalizedUserName { get; set; } = "";

    public string? Email { get; set; }

    public string? NormalizedEmail { get; set; }

    public bool EmailConfirmed { get; set; }

    /// <summary>Identity's password hash; null until the user sets a password from an e-mailed link.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Random value that changes when credentials or roles change, which invalidates cookies and reset links.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>A disabled user cannot sign in, and an existing sign-in ends at its next security stamp check.</summary>
    public bool IsEnabled { get; set; } = true;

    public bool LockoutEnabled { get; set; } = true;

    /// <summary>UTC end of the current lockout, or null when the user is not locked out.</summary>
    public DateTime? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<UserRole> Roles { get; set; } = [];

    public IEnumerable<string> RoleNames => Roles.Select(r => r.RoleName);
}
