namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// The tenant of the current asynchronous flow, for singletons (such as the tenant-aware data
/// protector) that cannot take the scoped <see cref="ITenantAccessor"/>.
/// </summary>
public static class AmbientTenant
{
    private static readonly AsyncLocal<TenantContext?> Holder = new();

    public static TenantContext? Current
    {
        get => Holder.Value;
        set => Holder.Value = value;
    }
}
