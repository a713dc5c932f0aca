namespace ApprenantAgile.Workflows.Locking;

/// <summary>
/// Mutual exclusion by key across the nodes that share a tenant's database. Keys are scoped to the
/// current tenant. A Redis implementation can replace the database one later.
/// </summary>
public interface IDistributedLock
{
    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the lock on <paramref name="key"/>. Returns a handle
    /// that releases the lock when disposed, or null when the lock was not acquired in time.
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken = default);
}
