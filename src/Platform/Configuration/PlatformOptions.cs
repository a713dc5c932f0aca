namespace ApprenantAgile.Platform.Configuration;

/// <summary>Host-wide settings, bound from the "Platform" configuration section.</summary>
public sealed class PlatformOptions
{
    public const string SectionName = "Platform";

    /// <summary>Folder for tenants.json, SQLite files, media and keys; relative paths start at the content root.</summary>
    public string AppDataPath { get; set; } = "App_Data";

    /// <summary>
    /// Folder for the files every node must see: each tenant's media, evidence and SQLite files
    /// (Sites/{tenant}), archives and data-protection keys. Empty means <see cref="AppDataPath"/>.
    /// With several nodes, every node mounts the same shared folder here.
    /// </summary>
    public string? SharedStoragePath { get; set; }

    /// <summary>Provider that new tenants get unless their creation names one.</summary>
    public Tenants.DatabaseProvider DefaultDatabaseProvider { get; set; } = Tenants.DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string used for new tenants when the provider is Postgres.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Host names of the national tenant; empty means it serves any host that no other tenant claims.</summary>
    public List<string> DefaultTenantHosts { get; set; } = [];

    /// <summary>
    /// Scheme, host and port (for example "https://badges.app-reseau.fr") of links in e-mails sent
    /// when no request names the host, such as a setup run from the command line.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
