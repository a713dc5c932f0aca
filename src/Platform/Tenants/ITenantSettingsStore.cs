namespace ApprenantAgile.Platform.Tenants;

/// <summary>Where the host keeps every tenant's <see cref="TenantSettings"/>.</summary>
public interface ITenantSettingsStore
{
    Task<IReadOnlyList<TenantSettings>> LoadAllAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken = default);

    Task RemoveAsync(string tenantName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a tenant as changed without changing its settings (its features or site settings
    /// changed in its own database), so that other nodes reload it. Stores read by one node only need not.
    /// </summary>
    Task TouchAsync(string tenantName, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Excludes the other nodes from creating, changing or removing tenants until the handle is
    /// disposed. A store read by one node only returns a handle that excludes nothing.
    /// </summary>
    Task<IAsyncDisposable> LockChangesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable>(NoChangeLock.Instance);

    private sealed class NoChangeLock : IAsyncDisposable
    {
        public static readonly NoChangeLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
