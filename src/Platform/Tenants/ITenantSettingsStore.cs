namespace ApprenantAgile.Platform.Tenants;

/// <summary>Where the host keeps every tenant's <see cref="TenantSettings"/>.</summary>
public interface ITenantSettingsStore
{
    Task<IReadOnlyList<TenantSettings>> LoadAllAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken = default);

    Task RemoveAsync(string tenantName, CancellationToken cancellationToken = default);
}
