namespace ApprenantAgile.Platform.Setup;

/// <summary>What a tenant is set up with: its site name, its first administrator and its recipe.</summary>
public sealed record SetupRequest
{
    public required string SiteName { get; init; }

    public required string AdminEmail { get; init; }

    public string AdminUserName { get; init; } = "admin";

    /// <summary>Only for development and tests; in production the administrator sets a password from an e-mailed link.</summary>
    public string? AdminPassword { get; init; }

    public required string RecipeName { get; init; }

    /// <summary>Extra recipe parameters; SiteName, AdminEmail and AdminUserName are added by the setup service.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
}
