using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Platform.Setup;

/// <summary>What a tenant is being set up with: its recipe's parameters and its first administrator.</summary>
public sealed class TenantSetupContext
{
    public required TenantSettings Tenant { get; init; }

    public required string SiteName { get; init; }

    public required string AdminEmail { get; init; }

    public string AdminUserName { get; init; } = "admin";

    /// <summary>Only for development and tests; in production the administrator sets a password from an e-mailed link.</summary>
    public string? AdminPassword { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public required IServiceProvider Services { get; init; }

    /// <summary>Localized errors; any error fails the setup and nothing of the tenant is kept.</summary>
    public IList<string> Errors { get; } = [];
}
