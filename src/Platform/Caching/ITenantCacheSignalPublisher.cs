namespace ApprenantAgile.Platform.Caching;

/// <summary>Sends a <see cref="TenantCacheSignal"/> to the other nodes of a cluster.</summary>
public interface ITenantCacheSignalPublisher
{
    /// <summary>Publishes the signal without waiting; a lost message is bounded by the caches' maximum lifetimes.</summary>
    void Publish(string tenantName);
}

/// <summary>The publisher of a single node, which publishes nothing.</summary>
public sealed class LocalTenantCacheSignalPublisher : ITenantCacheSignalPublisher
{
    public void Publish(string tenantName)
    {
    }
}
