namespace ApprenantAgile.Platform.Tenants;

/// <summary>What the admin page, the command line and the API give to create a centre's tenant.</summary>
public sealed record TenantCreateRequest
{
    public const string DefaultRecipeName = "centre";

    /// <summary>Slug that names the tenant, its SQLite folder and its PostgreSQL schema.</summary>
    public required string Name { get; init; }

    public required string SiteName { get; init; }

    /// <summary>E-mail address of the centre's first administrator.</summary>
    public required string AdminEmail { get; init; }

    public string AdminUserName { get; init; } = "admin";

    /// <summary>Only for development and tests; otherwise the administrator sets a password from an e-mailed link.</summary>
    public string? AdminPassword { get; init; }

    public string RecipeName { get; init; } = DefaultRecipeName;

    /// <summary>First path segment that selects the tenant, or null when host names select it.</summary>
    public string? RequestUrlPrefix { get; init; }

    public IReadOnlyList<string> RequestUrlHosts { get; init; } = [];

    /// <summary>Null to use the host's default provider (Platform:DefaultDatabaseProvider).</summary>
    public DatabaseProvider? DatabaseProvider { get; init; }

    /// <summary>PostgreSQL only; null to use Platform:PostgresConnectionString.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Extra recipe parameters, added to SiteName, AdminEmail and AdminUserName.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
}
