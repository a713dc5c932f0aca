namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// What the host knows of a tenant before activating it: how requests reach it and where its
/// data lives. Enabled features and site settings live in the tenant's own database.
/// </summary>
public sealed record TenantSettings
{
    public const string DefaultTenantName = "Default";

    /// <summary>Safe slug: lowercase letters, digits and dashes (the national tenant is "Default").</summary>
    public required string Name { get; init; }

    public TenantState State { get; init; } = TenantState.Uninitialized;

    /// <summary>Host names (without port) that select this tenant; empty for prefix-only tenants.</summary>
    public IReadOnlyList<string> RequestUrlHosts { get; init; } = [];

    /// <summary>First path segment that selects this tenant, without slashes; null to match on host only.</summary>
    public string? RequestUrlPrefix { get; init; }

    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// PostgreSQL connection string; for SQLite, empty means the default file under App_Data/Sites/{tenant}/.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>PostgreSQL schema holding the tenant's tables; defaults to "tenant_{name}".</summary>
    public string? Schema { get; init; }

    public string? ThemeName { get; init; }

    /// <summary>Name of the recipe that set the tenant up, or will.</summary>
    public string? RecipeName { get; init; }

    public DateTime CreatedUtc { get; init; } = DateTime.UtcNow;

    /// <summary>
    /// Change counter kept by a shared store (0 in tenants.json): every save and every feature change
    /// increments it, so that a node comparing versions finds the changes it was not notified of.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long Version { get; init; }

    public bool IsDefault => string.Equals(Name, DefaultTenantName, StringComparison.Ordinal);
}
