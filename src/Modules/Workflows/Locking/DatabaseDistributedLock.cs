using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Locking;

/// <summary>
/// The lock of the tenant's database engine. PostgreSQL: an advisory lock, which excludes every node
/// sharing the database. SQLite: a semaphore of this process.
/// </summary>
/// <remarks>
/// NOTE: a SQLite tenant's database is a file under one node's App_Data, so only that node runs its
/// workflows and a process-wide lock suffices. A writer transaction (BEGIN IMMEDIATE) held while the
/// activities run would also block the instance's own saves, which use another connection. The
/// instance's Version column still makes a save from a second process fail rather than overwrite.
/// </remarks>
public sealed class DatabaseDistributedLock(
    ITenantAccessor tenantAccessor,
    PostgresDataSources postgresDataSources,
    LocalKeyedLocks localLocks,
    ILogger<DatabaseDistributedLock> logger) : IDistributedLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var tenant = tenantAccessor.Current.Settings;
        var tenantKey = $"{tenant.Name}/{key}";

        return tenant.DatabaseProvider == DatabaseProvider.Postgres
            ? PostgresAdvisoryLock.TryAcquireAsync(postgresDataSources.ForLocks(tenant), tenantKey, timeout, logger, cancellationToken)
            : localLocks.TryAcquireAsync(tenantKey, timeout, cancellationToken);
    }
}
