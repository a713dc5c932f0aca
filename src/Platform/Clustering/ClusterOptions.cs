using System.ComponentModel.DataAnnotations;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// Settings of a multi-node deployment, bound from the "Cluster" configuration section. The
/// defaults describe one node: tenants in App_Data/tenants.json, no Redis, keys on the local disk.
/// </summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>
    /// StackExchange.Redis configuration string (for example "redis.internal:6379,password=..."); empty
    /// turns Redis off. With Redis on, tenant changes reach the other nodes and the distributed cache is shared.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every Redis key and channel, so that several installations can share one Redis server.</summary>
    [RegularExpression("^[a-z0-9][a-z0-9:_-]*$")]
    public string RedisPrefix { get; set; } = "apprenant-agile";

    /// <summary>Where tenant settings live: tenants.json on this node, or a table in Platform:PostgresConnectionString.</summary>
    public TenantSettingsStoreKind TenantsStore { get; set; } = TenantSettingsStoreKind.File;

    /// <summary>PostgreSQL schema of the host's own tables (tenant settings) when <see cref="TenantsStore"/> is Postgres.</summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string HostSchema { get; set; } = "platform_host";

    /// <summary>Where the data-protection key ring lives: the shared storage folder, or Redis.</summary>
    public DataProtectionKeyStore DataProtectionKeys { get; set; } = DataProtectionKeyStore.FileSystem;

    /// <summary>Which lock excludes the other nodes while a workflow instance runs or a tenant's timers are polled.</summary>
    public DistributedLockKind Locks { get; set; } = DistributedLockKind.Database;

    /// <summary>
    /// How often each node re-reads the tenant settings versions even when no change notification
    /// arrived, which catches up changes published while this node's Redis connection was down.
    /// </summary>
    public TimeSpan TenantCatchUpInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often a single node (tenants in tenants.json) checks whether another process, such as the
    /// "tenants create" command, changed the file, and then reloads the tenant settings.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan TenantsFileCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Name of this node in logs and change notifications; defaults to the machine name, process id and a random suffix.</summary>
    public string? NodeName { get; set; }

    public bool RedisEnabled => !string.IsNullOrWhiteSpace(Redis);
}
