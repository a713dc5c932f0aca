namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// The tenant of the current scope: set by the tenant middleware for a request, and by
/// <see cref="TenantHost.CreateScopeAsync"/> for work outside requests (command line, background jobs).
/// </summary>
public interface ITenantAccessor
{
    TenantContext Current { get; }

    bool HasTenant { get; }
}
